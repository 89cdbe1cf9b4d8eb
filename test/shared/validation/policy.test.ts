import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, withPolicy } from '../../../shared/rules/policy';
import { checkPolicy } from '../../../shared/validation/policy';
import { ValidationError } from '../../../shared/validation/validation-error';

function problem(check: () => unknown): { field: string; code: string; message: string } {
  try {
    check();
  } catch (error) {
    if (error instanceof ValidationError) return { field: error.field, code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a ValidationError, and nothing was thrown');
}

const paise = { unit: 'paise' } as const;

describe('checkPolicy', () => {
  it('accepts the regulatory floor as it is', () => {
    expect(checkPolicy(withPolicy(), 'policy', paise)).toEqual(withPolicy());
  });

  it('names the field that is malformed', () => {
    expect(problem(() => checkPolicy({ ...withPolicy(), graceDays: 1.5 }, 'policy', paise)).field).toBe('policy.graceDays');
    expect(problem(() => checkPolicy({ ...withPolicy(), anrCharge: -1 }, 'policy', paise))).toMatchObject({ field: 'policy.anrCharge', code: 'negative' });
    expect(problem(() => checkPolicy({ ...withPolicy(), activityKinds: ['call_out', 'teleport'] }, 'policy', paise)).field).toBe('policy.activityKinds[1]');
    expect(problem(() => checkPolicy(null, 'policy', paise))).toMatchObject({ field: 'policy', code: 'not_object' });
  });

  it('refuses day counts over ten years, 1e300 included', () => {
    expect(checkPolicy({ ...withPolicy(), nonUsageDays: 3650 }, 'policy', paise).nonUsageDays).toBe(3650);
    expect(problem(() => checkPolicy({ ...withPolicy(), nonUsageDays: 1e300 }, 'policy', paise)))
      .toEqual({ field: 'policy.nonUsageDays', code: 'out_of_range', message: 'policy.nonUsageDays: must be a whole number from 1 to 3650' });
    expect(problem(() => checkPolicy({ ...withPolicy(), suspensionDays: 3651 }, 'policy', paise)).field).toBe('policy.suspensionDays');
  });

  it('refuses a charge over Rs 1,00,000', () => {
    expect(problem(() => checkPolicy({ ...withPolicy(), safeCustodyCharge: 1e300 }, 'policy', { unit: 'rupees' })))
      .toMatchObject({ field: 'policy.safeCustodyCharge', code: 'amount_too_large' });
  });

  it('refuses a deeply nested activity list with a clear error, not "Maximum call stack size exceeded"', () => {
    let nested: unknown = ['call_out'];
    for (let i = 0; i < 100_000; i++) nested = [nested];
    const found = problem(() => checkPolicy({ ...withPolicy(), activityKinds: ['call_out', nested] }, 'policy', paise));
    expect(found).toMatchObject({ field: 'policy.activityKinds[1]', code: 'not_one_of' });
    expect(found.message).toMatch(/^policy\.activityKinds\[1\]: must be one of call_out, /);
  });

  it('fills the fields left out from a base, and reads its own money in rupees', () => {
    const policy = checkPolicy({ anrCharge: 15, graceDays: 30 }, 'policy', { unit: 'rupees', base: withPolicy() });
    expect(policy).toEqual({ ...withPolicy(), anrCharge: 1500, graceDays: 30 });
  });

  it('keeps exactly the fields a policy has, each activity kind once', () => {
    const policy = checkPolicy({ ...withPolicy(), extra: 'junk', activityKinds: ['call_out', 'call_out'] }, 'policy', paise);
    expect(Object.keys(policy).sort()).toEqual(Object.keys(DEFAULT_POLICY).sort());
    expect(policy.activityKinds).toEqual(['call_out']);
  });
});
