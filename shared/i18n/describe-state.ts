/**
 * What a SIM's state means, in one sentence under its badge, with the SIM's own policy figures
 * (its ANR charge and extension, reg 12), so the words never promise the regulatory floor when the
 * operator's figures differ. A postpaid connection on its monthly rent has its own sentence: reg 13
 * sets no non-usage period for it.
 */
import type { Policy, Projection } from '../rules/types';
import { formatDate, formatMoney, type Lang } from './format';
import { translate } from './translate';

/**
 * The sentence for the state, or null for a lost number (the card already says what happened).
 * @example describeState(prepaidInAnr, withPolicy({ anrCharge: 1000 }), 'en')
 *   === 'Not used for the full period: the operator is taking Rs 10 every 30 days from the balance to keep the number (reg 12).'
 */
export function describeState(projection: Projection, policy: Policy, lang: Lang): string | null {
  if (projection.closure) return translate(lang, 'stateInfo.closed', { date: formatDate(projection.closure.closedOn, lang, { today: projection.today }) });
  if (projection.connection === 'postpaid') {
    return translate(lang, projection.state === 'protected' ? 'stateInfo.protected' : 'stateInfo.postpaidActive');
  }
  if (projection.state === 'lost') return null;
  if (projection.state === 'anr') {
    return translate(lang, 'stateInfo.anr', { charge: formatMoney(policy.anrCharge, lang), days: policy.anrExtensionDays });
  }
  return translate(lang, projection.state === 'deactivated' ? 'stateInfo.deactivated' : 'stateInfo.active');
}
