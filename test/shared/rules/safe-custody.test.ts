import { describe, expect, it } from 'vitest';
import {
  addCustody, custodyEndOn, maxSafeCustodyCharge, postpaidProtection, safeCustodyChargeFlag, safeCustodyUntil,
} from '../../../shared/rules/safe-custody';
import { withPolicy } from '../../../shared/rules/policy';

const custody = (months: number, amount: number) => ({ type: 'safe_custody' as const, date: '2026-01-15', months, amount });

describe('safe custody (reg 13(2))', () => {
  it('may cost at most Rs 150 for every three months or part', () => {
    expect(maxSafeCustodyCharge(3, withPolicy())).toBe(15000);
    expect(maxSafeCustodyCharge(4, withPolicy())).toBe(30000);
    expect(maxSafeCustodyCharge(1, withPolicy())).toBe(15000);
  });
  it('protects through the day before the same date months later', () => expect(safeCustodyUntil(custody(3, 15000))).toBe('2026-04-14'));
  it('protects to the month\'s last day when it has no such date: one month from 31 Jan ends on 28 Feb', () => {
    expect(custodyEndOn('2026-01-31', 1)).toBe('2026-02-28');
    expect(custodyEndOn('2028-01-31', 1)).toBe('2028-02-29');
    expect(custodyEndOn('2026-01-28', 1)).toBe('2026-02-27');
    expect(custodyEndOn('2026-01-31', 2)).toBe('2026-03-30');
  });
  it('adds a request made while custody runs to it, and starts afresh after it ended', () => {
    const first = addCustody(null, custody(3, 15000), withPolicy());
    expect(first).toEqual({ from: '2026-01-15', until: '2026-04-14', months: 3, amount: 15000, maxCharge: 15000 });
    const renewed = addCustody(first, { ...custody(1, 5000), date: '2026-04-14' }, withPolicy());
    expect(renewed).toEqual({ from: '2026-01-15', until: '2026-05-14', months: 4, amount: 20000, maxCharge: 30000 });
    const later = addCustody(first, { ...custody(1, 5000), date: '2026-04-15' }, withPolicy());
    expect(later).toEqual({ from: '2026-04-15', until: '2026-05-14', months: 1, amount: 5000, maxCharge: 15000 });
  });
  it('flags a charge above the bound and not one at it', () => {
    expect(safeCustodyChargeFlag(custody(3, 15001), withPolicy())?.regulation).toBe('reg 13(2)');
    expect(safeCustodyChargeFlag(custody(6, 30000), withPolicy())).toBeNull();
  });
  it('is protected by whichever of custody and advance rent lasts longer', () => {
    expect(postpaidProtection('2026-04-14', '2026-06-30')).toEqual({ protectedUntil: '2026-06-30', protectedBy: 'advance_rent' });
    expect(postpaidProtection('2026-04-14', null)).toEqual({ protectedUntil: '2026-04-14', protectedBy: 'safe_custody' });
    expect(postpaidProtection(null, null)).toEqual({ protectedUntil: null, protectedBy: null });
  });
});
