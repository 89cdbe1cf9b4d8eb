import { describe, expect, it } from 'vitest';
import { graceEndsOn, reactivationFeeFlag } from '../../../shared/rules/grace';
import { withPolicy } from '../../../shared/rules/policy';

describe('the grace period (reg 14)', () => {
  it('ends 15 days after deactivation', () => expect(graceEndsOn('2026-05-31', withPolicy())).toBe('2026-06-15'));
  it('flags a reactivation fee over Rs 20 and accepts Rs 20', () => {
    expect(reactivationFeeFlag('2026-01-01', 2001, withPolicy())?.regulation).toBe('reg 14(1)');
    expect(reactivationFeeFlag('2026-01-01', 2000, withPolicy())).toBeNull();
    expect(reactivationFeeFlag('2026-01-01', undefined, withPolicy())).toBeNull();
  });
});
