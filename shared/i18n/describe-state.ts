/**
 * What a SIM's state means, in one sentence under its badge, with the SIM's own policy figures
 * (its ANR charge and extension, reg 12), so the words never promise the regulatory floor when the
 * operator's figures differ. A postpaid connection on its monthly rent has its own sentence: reg 13
 * sets no non-usage period for it.
 */
import type { Policy, Projection } from '../rules/types';
import { formatMoney, type Lang } from './format';
import { translate } from './translate';

/**
 * The sentence for the state, or null for a lost number (the card already says what happened).
 * @example describeState(prepaidInAnr, withPolicy({ anrCharge: 1000 }), 'en')
 *   === 'Not used for the full period: the operator is taking Rs 10 every 30 days from the balance to keep the number (reg 12).'
 */
export function describeState(projection: Projection, policy: Policy, lang: Lang): string | null {
  if (projection.connection === 'postpaid') {
    return translate(lang, projection.state === 'active' ? 'stateInfo.postpaidActive' : 'stateInfo.protected');
  }
  if (projection.state === 'lost') return null;
  if (projection.state === 'anr') {
    return translate(lang, 'stateInfo.anr', { charge: formatMoney(policy.anrCharge, lang), days: policy.anrExtensionDays });
  }
  return translate(lang, `stateInfo.${projection.state}`);
}
