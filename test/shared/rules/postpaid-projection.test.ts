import { describe, expect, it } from 'vitest';
import { projectPostpaid } from '../../../shared/rules/postpaid-projection';
import { withPolicy } from '../../../shared/rules/policy';
import type { SimEvent } from '../../../shared/rules/types';

const SIM = { connection: 'postpaid' as const, since: '2025-01-01' };
const at = (today: string, events: SimEvent[]) => projectPostpaid(SIM, withPolicy(), events, today);

describe('a postpaid connection (reg 13)', () => {
  it('is unprotected with nothing paid in advance', () => {
    const p = at('2026-03-01', []);
    expect(p).toMatchObject({ state: 'unprotected', protectedUntil: null, nextActionBy: null, rentalDue: true });
  });
  it('is protected through its paid safe custody, with no rental due meanwhile (reg 13(3))', () => {
    const p = at('2026-03-01', [{ type: 'safe_custody', date: '2026-02-01', months: 3, amount: 15000 }]);
    expect(p).toMatchObject({ state: 'protected', protectedUntil: '2026-04-30', protectedBy: 'safe_custody', nextActionBy: '2026-04-30', rentalDue: false, restorationWithinHours: 24 });
    expect(p.safeCustody).toEqual({ from: '2026-02-01', until: '2026-04-30', months: 3, amount: 15000, maxCharge: 15000 });
    expect(p.flags).toEqual([]);
  });
  it('is protected through the date advance rent is paid to (reg 13(4))', () => {
    const p = at('2026-03-01', [{ type: 'advance_rent', date: '2026-01-01', through: '2026-12-31' }]);
    expect(p).toMatchObject({ state: 'protected', protectedUntil: '2026-12-31', protectedBy: 'advance_rent', rentalDue: true });
  });
  it('is unprotected once custody has run out', () => {
    expect(at('2026-05-01', [{ type: 'safe_custody', date: '2026-02-01', months: 3, amount: 15000 }]).state).toBe('unprotected');
  });
  it('flags custody charged above Rs 150 per three months', () => {
    expect(at('2026-03-01', [{ type: 'safe_custody', date: '2026-02-01', months: 3, amount: 20000 }]).flags[0]?.code).toBe('safe_custody_overcharged');
  });
  it('counts a rental payment as activity (reg 2(aa))', () => {
    expect(at('2026-03-01', [{ type: 'activity', date: '2026-02-10', kind: 'rental' }]).lastActivity).toBe('2026-02-10');
  });
});
