import { describe, expect, it } from 'vitest';
import { DEFAULT_LEAD_DAYS, dueReminders, remindersOf } from '../../../shared/rules/reminders';
import { project } from '../../../shared/rules/project';
import { withPolicy } from '../../../shared/rules/policy';
import type { SimEvent } from '../../../shared/rules/types';

const sim = { connection: 'prepaid' as const, since: '2025-06-01' };
const fortyFive: SimEvent[] = [
  { type: 'activity', date: '2026-01-01', kind: 'call_out' },
  { type: 'balance', date: '2026-01-01', amount: 4500 },
];
const at = (today: string) => project(sim, withPolicy(), fortyFive, today);

describe('reminders', () => {
  it('lead by 14, 7, 3 and 1 days and the day itself by default', () => expect(DEFAULT_LEAD_DAYS).toEqual([14, 7, 3, 1, 0]));
  it('remind before the end of non-usage, each deduction (with amount and balance after), deactivation and grace end', () => {
    const reminders = remindersOf(at('2026-03-01'));
    expect(reminders.filter((r) => r.lead === 14).map((r) => [r.deadline.kind, r.remindOn])).toEqual([
      ['non_usage_ends', '2026-03-18'], ['anr_deduction', '2026-04-17'], ['deactivation', '2026-05-17'], ['grace_ends', '2026-06-01'],
    ]);
    expect(reminders.find((r) => r.deadline.kind === 'anr_deduction')?.deadline).toMatchObject({ amount: 2000, balanceAfter: 500 });
  });
  it('have ids that stay the same from one run to the next', () => {
    expect(remindersOf(at('2026-03-01')).map((r) => r.id)).toEqual(remindersOf(at('2026-03-02')).map((r) => r.id));
    expect(remindersOf(at('2026-03-01'))[0]?.id).toBe('non_usage_ends:2026-04-01:14');
  });
  it('take the lead times given', () => {
    expect(remindersOf(at('2026-03-01'), [2]).map((r) => r.remindOn)).toEqual(['2026-03-30', '2026-04-29', '2026-05-29', '2026-06-13']);
  });
  it('are due from their lead day to the deadline, only the nearest lead of each deadline', () => {
    expect(dueReminders(at('2026-03-17'), '2026-03-17')).toEqual([]);
    expect(dueReminders(at('2026-03-29'), '2026-03-29').map((r) => r.id)).toEqual(['non_usage_ends:2026-04-01:3']);
    expect(dueReminders(at('2026-04-01'), '2026-04-01').map((r) => r.id)).toEqual(['non_usage_ends:2026-04-01:0']);
  });
  it('remind a postpaid user before safe custody ends', () => {
    const p = project({ connection: 'postpaid', since: '2025-01-01' }, withPolicy(), [{ type: 'safe_custody', date: '2026-02-01', months: 3, amount: 15000 }], '2026-04-25');
    expect(dueReminders(p, '2026-04-25').map((r) => r.id)).toEqual(['protection_ends:2026-04-30:7']);
  });
});
