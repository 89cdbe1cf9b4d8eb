/** A recorded event as a short line for the history list, in English or Hindi. */
import type { SimEvent } from '../rules/types';
import { formatDate, formatMoney, type Lang } from './format';
import { translate } from './translate';

/**
 * @example describeEvent({ type: 'recharge', date: '2026-01-01', amount: 19900, voucher: 'plan', validityDays: 28 }, 'en')
 *   === 'Recharge of Rs 199, Plan voucher; valid 28 days'
 */
export function describeEvent(event: SimEvent, lang: Lang): string {
  const money = (paise: number) => formatMoney(paise, lang);
  switch (event.type) {
    case 'activity':
      return translate(lang, 'ev.activity', { kind: translate(lang, `kind.${event.kind}`) });
    case 'recharge': {
      const parts = [translate(lang, 'ev.recharge', { amount: money(event.amount), voucher: translate(lang, `voucher.${event.voucher}`) })];
      if (event.monetaryValue !== undefined) parts.push(translate(lang, 'ev.rechargeValue', { value: money(event.monetaryValue) }));
      if (event.validityEnds !== undefined) parts.push(translate(lang, 'ev.validityEnds', { date: formatDate(event.validityEnds, lang, { today: event.date }) }));
      else if (event.validityDays !== undefined) parts.push(translate(lang, 'ev.validityDays', { n: event.validityDays }));
      return parts.join('; ');
    }
    case 'balance':
      return translate(lang, 'ev.balance', { amount: money(event.amount) });
    case 'anr_deduction':
      return translate(lang, 'ev.anr_deduction', { amount: money(event.amount) });
    case 'deactivated':
      return translate(lang, 'ev.deactivated');
    case 'reactivated':
      return event.fee === undefined ? translate(lang, 'ev.reactivated') : translate(lang, 'ev.reactivatedFee', { fee: money(event.fee) });
    case 'safe_custody':
      return translate(lang, 'ev.safe_custody', { months: event.months, amount: money(event.amount) });
    case 'advance_rent':
      return translate(lang, 'ev.advance_rent', { date: formatDate(event.through, lang, { today: event.date }) });
    case 'operator_closed':
      return event.securityDeposit === undefined
        ? translate(lang, 'ev.operator_closed')
        : translate(lang, 'ev.operator_closedDeposit', { amount: money(event.securityDeposit) });
    case 'refund_claimed':
      return translate(lang, 'ev.refund_claimed');
    case 'refund_received':
      return translate(lang, 'ev.refund_received', { amount: money(event.amount) });
  }
}
