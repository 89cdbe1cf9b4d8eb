import { describe, expect, it } from 'vitest';
import { projectPostpaid } from '../../../shared/rules/postpaid-projection';
import { withPolicy } from '../../../shared/rules/policy';
import type { SimEvent } from '../../../shared/rules/types';

const SIM = { connection: 'postpaid' as const, since: '2025-01-01' };
const at = (today: string, events: SimEvent[]) => projectPostpaid(SIM, withPolicy(), events, today);

describe('a postpaid connection (reg 13)', () => {
  it('stays active while its monthly rent is paid: reg 13 sets no non-usage period for postpaid', () => {
    const p = at('2026-03-01', [{ type: 'activity', date: '2025-02-01', kind: 'rental' }]);
    expect(p).toMatchObject({ state: 'active', protectedBy: 'monthly_rent', protectedUntil: null, nextActionBy: null, rentalDue: true });
  });
  it('is protected through its paid safe custody, with no rental due meanwhile (reg 13(3))', () => {
    const p = at('2026-03-01', [{ type: 'safe_custody', date: '2026-02-01', months: 3, amount: 15000 }]);
    expect(p).toMatchObject({ state: 'protected', protectedUntil: '2026-04-30', protectedBy: 'safe_custody', nextActionBy: '2026-04-30', rentalDue: false, restorationWithinHours: 24 });
    expect(p.safeCustody).toEqual({ from: '2026-02-01', until: '2026-04-30', months: 3, amount: 15000, maxCharge: 15000 });
    expect(p.flags).toEqual([]);
  });
  it('is protected through the date advance rent is paid to (reg 13(4))', () => {
    const p = at('2026-03-01', [{ type: 'advance_rent', date: '2026-01-01', through: '2026-12-31' }]);
    expect(p).toMatchObject({ state: 'protected', protectedUntil: '2026-12-31', protectedBy: 'advance_rent' });
  });
  it('owes no rent while advance rent covers today, and owes it again after', () => {
    const events: SimEvent[] = [{ type: 'advance_rent', date: '2026-01-01', through: '2026-06-30' }];
    expect(at('2026-03-01', events).rentalDue).toBe(false);
    expect(at('2026-07-01', events)).toMatchObject({ rentalDue: true, state: 'active', protectedBy: 'monthly_rent' });
  });
  it('is back on its monthly rent once custody has run out', () => {
    expect(at('2026-05-01', [{ type: 'safe_custody', date: '2026-02-01', months: 3, amount: 15000 }])).toMatchObject({
      state: 'active', protectedBy: 'monthly_rent', rentalDue: true,
    });
  });
  it('adds up custody requests: a renewal while custody runs extends it by its months', () => {
    const p = at('2026-03-01', [
      { type: 'safe_custody', date: '2026-02-01', months: 3, amount: 15000 },
      { type: 'safe_custody', date: '2026-04-20', months: 3, amount: 15000 },
    ]);
    expect(p.protectedUntil).toBe('2026-07-31');
    expect(p.safeCustody).toEqual({ from: '2026-02-01', until: '2026-07-31', months: 6, amount: 30000, maxCharge: 30000 });
  });
  it('protects one month from 31 Jan to the end of February', () => {
    expect(at('2026-02-10', [{ type: 'safe_custody', date: '2026-01-31', months: 1, amount: 15000 }]).protectedUntil).toBe('2026-02-28');
  });
  it('flags custody charged above Rs 150 per three months, with the months and both amounts', () => {
    expect(at('2026-03-01', [{ type: 'safe_custody', date: '2026-02-01', months: 3, amount: 20000 }]).flags).toEqual([{
      code: 'safe_custody_overcharged', date: '2026-02-01', regulation: 'reg 13(2)', params: { months: 3, amount: 20000, maxCharge: 15000 },
    }]);
  });
  it('counts a rental payment as activity (reg 2(aa))', () => {
    expect(at('2026-03-01', [{ type: 'activity', date: '2026-02-10', kind: 'rental' }]).lastActivity).toBe('2026-02-10');
  });
});
