import { describe, expect, it } from 'vitest';
import { presetFor } from '../../../../shared/rules/presets';
import { withPolicy } from '../../../../shared/rules/policy';
import { breachedFields, isPresetPolicy, newSimForm, policyFormOf, policyOf, simInputOf } from '../../../../shared/app/forms/sim-form';

describe('the SIM form', () => {
  it('shows policy money in rupees and reads it back in paise, unchanged', () => {
    for (const preset of ['jio', 'airtel', 'bsnl', 'other'] as const) {
      const policy = presetFor(preset).policy;
      expect(policyOf(policyFormOf(policy))).toEqual({ ok: true, value: policy });
    }
  });

  it('reads an empty plan-clock box as "not known" (null)', () => {
    const values = { ...policyFormOf(presetFor('airtel').policy), incomingGraceDays: '' };
    const result = policyOf(values);
    expect(result.ok && result.value.incomingGraceDays).toBe(null);
  });

  it('names the boxes that are not numbers', () => {
    const result = policyOf({ ...policyFormOf(withPolicy()), nonUsageDays: 'ninety', anrCharge: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['policy.anrCharge', 'policy.nonUsageDays']);
  });

  it('flags the values that break a regulatory bound', () => {
    const values = { ...policyFormOf(withPolicy()), nonUsageDays: '60', reactivationFee: '50' };
    expect([...breachedFields(values)].sort()).toEqual(['nonUsageDays', 'reactivationFee']);
    expect(breachedFields(policyFormOf(withPolicy())).size).toBe(0);
  });

  it('builds the store\'s input from the form', () => {
    const values = { ...newSimForm('2026-03-15', '#1e6fd9'), label: 'Work', number: '98765 43210', circle: ' Delhi ' };
    const result = simInputOf(values);
    expect(result.ok && result.value).toMatchObject({ label: 'Work', number: '98765 43210', operator: 'jio', circle: 'Delhi', since: '2026-03-15' });
  });

  it('tells a preset policy from one the user changed', () => {
    expect(isPresetPolicy('bsnl', presetFor('bsnl').policy)).toBe(true);
    expect(isPresetPolicy('bsnl', { ...presetFor('bsnl').policy, graceDays: 30 })).toBe(false);
  });
});

describe('simFormErrors', () => {
  it('marks the empty name, the empty number, the date after today and a policy box together', async () => {
    const { simFormErrors, newSimForm } = await import('../../../../shared/app/forms/sim-form');
    const values = newSimForm('2026-03-15', '#1e6fd9');
    const errors = simFormErrors({ ...values, since: '2026-04-01', policy: { ...values.policy, incomingGraceDays: '-3' } }, '2026-03-15');
    expect(errors).toEqual({
      label: { key: 'err.required' },
      number: { key: 'err.not_phone_number' },
      since: { key: 'err.after_today', params: { today: '2026-03-15' } },
      'policy.incomingGraceDays': { key: 'err.too_small', params: { min: 0 } },
    });
  });
});
