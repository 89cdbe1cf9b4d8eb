import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../../shared/rules/findings/findings-of';
import { withPolicy } from '../../../../shared/rules/policy';
import { prepaid } from './history';
import { CASES } from './cases';

describe('deactivated_with_balance', () => {
  const c = CASES.deactivated_with_balance;
  const run = (events: typeof c.triggers) => findingsOf(c.sim ?? prepaid, c.policy ?? withPolicy(), events, '2026-12-01').filter((f) => f.code === 'deactivated_with_balance');
  it('is found in a history that shows it, with its date, regulation and certainty', () => {
    const [found] = run(c.triggers);
    expect(found).toBeDefined();
    expect(found!.date).toBe(c.triggers.at(-1)!.date);
    expect(found!.regulation).toMatch(/^reg \d+/);
    expect(['clear', 'possible']).toContain(found!.certainty);
  });
  it('is not found in the near miss', () => expect(run(c.nearMiss)).toEqual([]));
});
