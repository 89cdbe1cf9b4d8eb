import { describe, expect, it } from 'vitest';
import { OPERATOR_PRESETS, presetFor } from '../../../shared/rules/presets';
import { policyBreaches } from '../../../shared/rules/policy';
import { checkPolicy } from '../../../shared/validation/policy';
import { isIsoDate } from '../../../shared/rules/dates';

describe('operator presets', () => {
  it('covers Jio, Airtel, Vi, BSNL and MTNL, and a floor for any other operator', () => {
    expect(OPERATOR_PRESETS.map((p) => p.id)).toEqual(['jio', 'airtel', 'vi', 'bsnl', 'mtnl', 'other']);
  });
  it.each(OPERATOR_PRESETS.map((p) => [p.name, p] as const))('%s has a source, the day it was checked, a well-formed policy and no breach', (_name, preset) => {
    expect(preset.source.length).toBeGreaterThan(20);
    expect(isIsoDate(preset.checked)).toBe(true);
    expect(checkPolicy(preset.policy, 'policy', { unit: 'paise' })).toEqual(preset.policy);
    expect(policyBreaches(preset.policy)).toEqual([]);
  });
  it('marks the values left at the floor', () => {
    expect(presetFor('mtnl').floorFields).toContain('nonUsageDays');
    expect(presetFor('jio').floorFields).not.toContain('nonUsageDays');
    expect(presetFor('jio').floorFields).toContain('anrCharge');
  });
  it('carries BSNL\'s 7 days of incoming calls and 165 days barred', () => {
    expect(presetFor('bsnl').policy).toMatchObject({ incomingGraceDays: 7, suspensionDays: 165 });
  });
});
