/**
 * An operator that closed its services (shared/rules/closure.ts), in plain words: the headline a
 * card shows ("Operator closed — refund due ₹80"), and why that much and how far the claim has got.
 */
import type { IsoDate } from '../rules/dates';
import type { Closure } from '../rules/types';
import { formatDate, formatMoney, type Lang } from './format';
import type { MessageKey } from './en';
import { translate } from './translate';

function headlineKey(closure: Closure): MessageKey {
  const { refund } = closure;
  if (refund.basis === 'none') return 'closure.noDeposit';
  if (refund.due === 0) return 'closure.nothingDue';
  return refund.outstanding === 0 ? 'closure.refunded' : 'closure.due';
}

/**
 * The card's headline: what is still due, or that it has been refunded.
 * @example closureHeadline(closedOwing8000, 'en') === 'Operator closed — refund due ₹80'
 */
export function closureHeadline(closure: Closure, lang: Lang): string {
  const { refund } = closure;
  const amount = formatMoney(refund.outstanding === 0 ? refund.received : refund.outstanding, lang);
  return translate(lang, headlineKey(closure), { amount });
}

function basisKey(closure: Closure): MessageKey {
  const { refund } = closure;
  if (refund.basis === 'deposit') return 'closure.basis.deposit';
  if (refund.basis === 'none') return 'closure.basis.none';
  return refund.certainty === 'clear' && refund.readOn !== null ? 'closure.basis.read' : 'closure.basis.estimated';
}

/**
 * Why that much is due (the balance of the closing day and the reading it comes from, or the
 * deposit recorded), then the claim and the refunds so far, one sentence each.
 */
export function closureDetails(closure: Closure, lang: Lang, today: IsoDate): string[] {
  const { refund } = closure;
  const date = (day: IsoDate) => formatDate(day, lang, { today });
  const money = (paise: number) => formatMoney(paise, lang);
  const lines = [translate(lang, basisKey(closure), {
    amount: money(refund.due), date: date(closure.closedOn), readOn: refund.readOn === null ? '' : date(refund.readOn),
  })];
  if (refund.claimedOn !== null) lines.push(translate(lang, 'closure.claimedOn', { date: date(refund.claimedOn) }));
  if (refund.received > 0 && refund.outstanding > 0) {
    lines.push(translate(lang, 'closure.partial', { received: money(refund.received), outstanding: money(refund.outstanding) }));
  }
  if (refund.refundedOn !== null) lines.push(translate(lang, 'closure.refundedOn', { date: date(refund.refundedOn) }));
  return lines;
}
