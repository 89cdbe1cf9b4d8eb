/**
 * The two tests every finding's file holds: its triggering history finds it (with a date, a
 * regulation and a certainty) and its near miss does not. One definition, so that the ten files
 * (one per finding, beside their rules file) say only which finding they test.
 */
import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../../../shared/rules/findings/finding-codes';
import { findingsOf } from '../../../../shared/rules/findings/findings-of';
import { withPolicy } from '../../../../shared/rules/policy';
import { prepaid } from './history';
import { CASES } from './cases';

export function describeFindingCase(code: FindingCode): void {
  describe(code, () => {
    const c = CASES[code];
    const run = (events: typeof c.triggers) => findingsOf(c.sim ?? prepaid, c.policy ?? withPolicy(), events, '2026-12-01').filter((f) => f.code === code);
    it('is found in a history that shows it, with its date, regulation and certainty', () => {
      const [found] = run(c.triggers);
      expect(found).toBeDefined();
      expect(found!.date).toBe(c.triggers.at(-1)!.date);
      expect(found!.regulation).toMatch(/^reg \d+/);
      expect(['clear', 'possible']).toContain(found!.certainty);
    });
    it('is not found in the near miss', () => expect(run(c.nearMiss)).toEqual([]));
  });
}
