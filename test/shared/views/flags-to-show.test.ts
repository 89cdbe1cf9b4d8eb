import { describe, expect, it } from 'vitest';
import { flagsToShow } from '../../../shared/views/flags-to-show';
import { project } from '../../../shared/rules/project';
import { DEFAULT_POLICY } from '../../../shared/rules/policy';

describe('flagsToShow', () => {
  it('leaves an over-policy reactivation fee to the findings, which say it breaks no regulation', () => {
    const policy = { ...DEFAULT_POLICY, reactivationFee: 1000 };
    const projection = project({ connection: 'prepaid', since: '2026-01-01' }, policy, [
      { type: 'deactivated', date: '2026-05-01' },
      { type: 'reactivated', date: '2026-05-03', fee: 1500 },
    ], '2026-05-10');
    expect(projection.flags.map((flag) => flag.code)).toEqual(['reactivation_overcharged']);
    expect(flagsToShow(projection.flags)).toEqual([]);
  });

  it('keeps a flag about the policy itself', () => {
    const policy = { ...DEFAULT_POLICY, anrThreshold: 1000, anrCharge: 2000 };
    const projection = project({ connection: 'prepaid', since: '2026-01-01' }, policy, [], '2026-02-01');
    expect(flagsToShow(projection.flags).map((flag) => flag.code)).toEqual(['anr_threshold_below_charge']);
  });
});
