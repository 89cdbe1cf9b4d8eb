/**
 * A deadline or reminder as one plain sentence, in English or Hindi, for cards, notifications and
 * calendar entries. Dates are shown from the ISO string in UTC (format.ts), so they never shift.
 */
import { daysBetween, type IsoDate } from '../rules/dates';
import type { Deadline } from '../rules/deadlines';
import type { Reminder } from '../rules/reminders';
import { TWENTY_RUPEES } from '../rules/money';
import { formatDate, formatMoney, formatRegulation, type Lang } from './format';
import type { MessageKey } from './en';
import { translate } from './translate';

function bodyKey(deadline: Deadline): MessageKey {
  switch (deadline.kind) {
    case 'non_usage_ends':
      return deadline.consequence === 'anr_deduction' ? 'deadline.non_usage_ends.anr' : 'deadline.non_usage_ends.deactivation';
    case 'protection_ends':
      return deadline.regulation === 'reg 13(4)' ? 'deadline.protection_ends.advance_rent' : 'deadline.protection_ends.safe_custody';
    default:
      return `deadline.${deadline.kind}`;
  }
}

/**
 * What happens on a deadline and what to do about it, in one sentence.
 * Pass `today` to add the year to dates in another year.
 * @example describeDeadline({ kind: 'grace_ends', date: '2026-12-17', clock: 'trai', regulation: 'reg 14(1)' }, 'en')
 *   === 'Last day to reactivate: 17 Dec (reg 14(1))'
 */
export function describeDeadline(deadline: Deadline, lang: Lang, today?: IsoDate): string {
  return translate(lang, bodyKey(deadline), {
    date: formatDate(deadline.date, lang, today === undefined ? {} : { today }),
    amount: formatMoney(deadline.amount ?? TWENTY_RUPEES, lang),
    balance: formatMoney(deadline.balanceAfter ?? 0, lang),
    regulation: formatRegulation(deadline.regulation ?? '', lang),
  });
}

/** 'today', 'tomorrow', 'in 3 days' (or the Hindi) for a number of days ahead. */
export function whenInWords(daysAhead: number, lang: Lang): string {
  if (daysAhead <= 0) return translate(lang, 'reminder.when.today');
  if (daysAhead === 1) return translate(lang, 'reminder.when.tomorrow');
  return translate(lang, 'reminder.when.days', { n: daysAhead });
}

/**
 * A notification title: the SIM and what falls due when, counted from the day the reminder is
 * due (its lead time), e.g. 'Jio 1: Rs 20 deduction in 3 days'.
 */
export function reminderTitle(simLabel: string, reminder: Reminder, lang: Lang, today?: IsoDate): string {
  const daysAhead = today === undefined ? reminder.lead : daysBetween(today, reminder.deadline.date);
  return translate(lang, `reminder.title.${reminder.deadline.kind}`, {
    label: simLabel,
    when: whenInWords(daysAhead, lang),
    amount: formatMoney(reminder.deadline.amount ?? TWENTY_RUPEES, lang),
  });
}
