import { describe, expect, it } from 'vitest';
import { findingNamed } from '../../../../shared/app/complaint/view-findings';
import type { Finding } from '../../../../shared/rules/findings/finding-codes';

const a = { code: 'anr_over_limit', date: '2026-04-01' } as Finding;
const b = { code: 'deactivated_early', date: '2026-05-01' } as Finding;

describe('findingNamed', () => {
  it('finds the finding a link names by code and date', () => expect(findingNamed([a, b], 'deactivated_early', '2026-05-01')).toBe(b));
  it('gives none for a name that matches nothing, and the first when no name is given', () => {
    expect(findingNamed([a, b], 'deactivated_early', '2026-05-02')).toBeNull();
    expect(findingNamed([a, b], null, null)).toBe(a);
    expect(findingNamed([], null, null)).toBeNull();
  });
});

describe('the sample SIMs', () => {
  it('show no findings: their operators kept to the rules, so the first look at the app accuses no one', async () => {
    const { sampleSims } = await import('../../../../shared/db/sample-data');
    const { presetFor } = await import('../../../../shared/rules/presets');
    const { findingsOf } = await import('../../../../shared/rules/findings/findings-of');
    const today = '2026-03-15';
    for (const { sim, events } of sampleSims(today, (id) => presetFor(id).policy)) {
      expect(findingsOf(sim, sim.policy, events, today), sim.label).toEqual([]);
    }
  });
});
