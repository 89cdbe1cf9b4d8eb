import { beforeAll, describe, expect, it } from 'vitest';
import { describeDeadline, reminderTitle, whenInWords } from '../../../shared/i18n/describe-deadline';
import type { Deadline } from '../../../shared/rules/deadlines';
import type { Reminder } from '../../../shared/rules/reminders';
import { project } from '../../../shared/rules/project';
import { withPolicy } from '../../../shared/rules/policy';
import { deadlinesOf } from '../../../shared/rules/deadlines';
import { dueReminders } from '../../../shared/rules/reminders';
import { loadLanguage } from '../../../shared/i18n/translate';

const anr: Deadline = { kind: 'anr_deduction', date: '2026-04-05', clock: 'trai', regulation: 'reg 12', amount: 2000, balanceAfter: 2500 };
const grace: Deadline = { kind: 'grace_ends', date: '2026-12-17', clock: 'trai', regulation: 'reg 14(1)' };
const lastCall: Deadline = { kind: 'non_usage_ends', date: '2026-05-31', clock: 'trai', regulation: 'reg 11', consequence: 'deactivation' };

// Hindi is loaded on demand, as the app does before its first render in Hindi.
beforeAll(() => loadLanguage('hi'));

describe('describeDeadline', () => {
  it('tells an ANR deduction with its amount, date and the balance after it', () => {
    expect(describeDeadline(anr, 'en')).toBe('₹20 will be deducted on 5 Apr; balance after ₹25');
    expect(describeDeadline(anr, 'hi')).toBe('5 अप्रैल को ₹20 काटे जाएँगे; उसके बाद बैलेंस ₹25');
  });

  it('tells the end of the non-usage period as what to do and by when', () => {
    expect(describeDeadline(lastCall, 'en')).toBe('Make a call or send an SMS on or before 31 May, or the number may be deactivated');
    expect(describeDeadline(lastCall, 'hi')).toBe('31 मई को या उससे पहले एक कॉल करें या SMS भेजें, वरना नंबर बंद किया जा सकता है');
  });

  it('names the money at stake when the non-usage period ends in an ANR deduction', () => {
    const text = describeDeadline({ ...lastCall, consequence: 'anr_deduction', amount: 1500, balanceAfter: 5050 }, 'en');
    expect(text).toContain('₹15 will be deducted');
    expect(text).toContain('balance after ₹50.50');
  });

  it('tells the last day to reactivate, citing the regulation in the reader\'s language', () => {
    expect(describeDeadline(grace, 'en')).toBe('Last day to reactivate: 17 Dec (reg 14(1))');
    expect(describeDeadline(grace, 'hi')).toBe('नंबर दोबारा चालू कराने का आख़िरी दिन: 17 दिसंबर (विनियम 14(1))');
  });

  it('labels the plan clock as the operator\'s plan, not law', () => {
    const plan: Deadline = { kind: 'incoming_barred', date: '2026-03-08', clock: 'plan', regulation: null };
    expect(describeDeadline(plan, 'en')).toContain('operator’s plan, not law');
    expect(describeDeadline(plan, 'hi')).toContain('ऑपरेटर का प्लान, क़ानून नहीं');
  });

  it('tells safe custody and advance rent apart by the regulation', () => {
    expect(describeDeadline({ kind: 'protection_ends', date: '2026-06-30', clock: 'trai', regulation: 'reg 13(2)' }, 'en')).toMatch(/^Safe custody ends on 30 Jun/);
    expect(describeDeadline({ kind: 'protection_ends', date: '2026-06-30', clock: 'trai', regulation: 'reg 13(4)' }, 'en')).toMatch(/^Advance rent runs out on 30 Jun/);
  });

  it('adds the year only when the date falls in another year than today', () => {
    expect(describeDeadline(grace, 'en', '2026-12-01')).toBe('Last day to reactivate: 17 Dec (reg 14(1))');
    expect(describeDeadline(grace, 'en', '2025-12-01')).toBe('Last day to reactivate: 17 Dec 2026 (reg 14(1))');
  });

  it('never shifts a date, whatever the time zone (dates are formatted in UTC from the string)', () => {
    expect(describeDeadline({ ...grace, date: '2027-01-01' }, 'en')).toContain('1 Jan');
    expect(describeDeadline({ ...grace, date: '2026-12-31' }, 'en')).toContain('31 Dec');
  });

  it('describes every deadline the rules can produce, in both languages, without a placeholder left over', () => {
    const policy = withPolicy({ incomingGraceDays: 7, suspensionDays: 165 });
    const projection = project({ connection: 'prepaid', since: '2026-01-01' }, policy, [
      { type: 'recharge', date: '2026-01-01', amount: 5000, voucher: 'combo', monetaryValue: 4500, validityDays: 28 },
    ], '2026-01-10');
    const deadlines = deadlinesOf(projection);
    expect(new Set(deadlines.map((d) => d.kind)).size).toBeGreaterThanOrEqual(4);
    for (const d of deadlines) {
      for (const lang of ['en', 'hi'] as const) expect(describeDeadline(d, lang)).not.toMatch(/[{}]/);
    }
  });
});

describe('reminderTitle', () => {
  const reminder = (lead: number, deadline: Deadline = anr): Reminder => ({ id: `x:${lead}`, deadline, lead, remindOn: '2026-04-01' });

  it('counts days from the lead time', () => {
    expect(reminderTitle('Jio 1', reminder(3), 'en')).toBe('Jio 1: ₹20 deduction in 3 days');
    expect(reminderTitle('Jio 1', reminder(1), 'en')).toBe('Jio 1: ₹20 deduction tomorrow');
    expect(reminderTitle('Jio 1', reminder(0), 'en')).toBe('Jio 1: ₹20 deduction today');
    expect(reminderTitle('Jio 1', reminder(3), 'hi')).toBe('Jio 1: 3 दिन बाद ₹20 की कटौती');
  });

  it('counts days from today when given, for a reminder raised late', () => {
    expect(reminderTitle('Airtel', reminder(7, grace), 'en', '2026-12-15')).toBe('Airtel: last day to reactivate is in 2 days');
  });

  it('has a title for every reminder the rules raise', () => {
    const projection = project({ connection: 'prepaid', since: '2026-01-01' }, withPolicy(), [], '2026-03-30');
    const due = dueReminders(projection, '2026-03-30');
    expect(due.length).toBeGreaterThan(0);
    for (const r of due) for (const lang of ['en', 'hi'] as const) expect(reminderTitle('SIM', r, lang)).not.toMatch(/[{}]/);
  });

  it('says today, tomorrow and in n days', () => {
    expect([0, 1, 5].map((n) => whenInWords(n, 'en'))).toEqual(['today', 'tomorrow', 'in 5 days']);
    expect([0, 1, 5].map((n) => whenInWords(n, 'hi'))).toEqual(['आज', 'कल', '5 दिन बाद']);
  });
});
