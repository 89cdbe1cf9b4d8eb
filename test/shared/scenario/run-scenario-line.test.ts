import { describe, expect, it } from 'vitest';
import { runScenarioLine } from '../../../shared/scenario/run-scenario-line';

describe('one line of npm run rules', () => {
  it('answers the specification\'s Rs 45 example in rupees', () => {
    const result = runScenarioLine(JSON.stringify({
      today: '2026-03-01', sim: { connection: 'prepaid', since: '2025-01-01' },
      events: [{ type: 'activity', kind: 'call_out', date: '2026-01-01' }, { type: 'balance', amount: 45, date: '2026-01-01' }],
    }));
    expect(result.ok).toBe(true);
    expect(JSON.parse(result.json)).toMatchObject({
      state: 'active', lastActivity: '2026-01-01', nonUsageEnds: '2026-04-01', balance: 45,
      anrDeductions: [
        { date: '2026-04-01', amount: 20, balanceAfter: 25, observed: false },
        { date: '2026-05-01', amount: 20, balanceAfter: 5, observed: false },
      ],
      deactivation: '2026-05-31', graceEnds: '2026-06-15',
    });
  });
  it('answers the observed-deduction example of 2026-11-22', () => {
    const out = JSON.parse(runScenarioLine(JSON.stringify({
      today: '2026-11-22', sim: { connection: 'prepaid', since: '2026-01-01' },
      events: [
        { type: 'activity', kind: 'call_out', date: '2026-08-03' },
        { type: 'anr_deduction', amount: 20, date: '2026-11-02' },
        { type: 'balance', amount: 12, date: '2026-11-02' },
      ],
    })).json);
    expect(out).toMatchObject({ state: 'anr', nextLiable: '2026-12-02', deactivation: '2026-12-02', graceEnds: '2026-12-17', balance: 12 });
  });
  it('gives an error line for text that is not JSON', () => {
    const result = runScenarioLine('{oops');
    expect(result.ok).toBe(false);
    expect(JSON.parse(result.json).error).toMatch(/not valid JSON/);
  });
  it('gives an error line naming the bad field', () => {
    expect(JSON.parse(runScenarioLine('{"today":"2026-01-01","sim":{"connection":"prepaid","since":"2026-01-01"},"events":[{"type":"balance","date":"2026-01-01","amount":-1}]}').json))
      .toEqual({ error: 'events[0].amount: must not be negative' });
  });
  it('gives an error line, not a crash, for a deeply nested activity list', () => {
    const nested = '['.repeat(50_000) + ']'.repeat(50_000);
    const result = runScenarioLine(`{"today":"2026-01-01","sim":{"connection":"prepaid","since":"2026-01-01"},"policy":{"activityKinds":["call_out",${nested}]}}`);
    expect(result.ok).toBe(false);
    expect(JSON.parse(result.json).error).toMatch(/^policy\.activityKinds\[1\]: must be one of call_out, /);
  });
  it.each([
    ['{"nonUsageDays":1e300}', 'policy.nonUsageDays: must be a whole number from 1 to 3650'],
    ['{"anrCharge":1e300}', 'policy.anrCharge: must be at most Rs 1,00,000'],
  ])('gives an error line for a policy value out of bounds (%s)', (policy, error) => {
    const line = `{"today":"2026-01-01","sim":{"connection":"prepaid","since":"2026-01-01"},"policy":${policy}}`;
    expect(JSON.parse(runScenarioLine(line).json)).toEqual({ error });
  });
  it('reports postpaid protection with amounts in rupees', () => {
    const out = JSON.parse(runScenarioLine(JSON.stringify({
      today: '2026-03-01', sim: { connection: 'postpaid', since: '2025-01-01' },
      events: [{ type: 'safe_custody', date: '2026-02-01', months: 3, amount: 150 }],
    })).json);
    expect(out).toMatchObject({ state: 'protected', protectedUntil: '2026-04-30', nextActionBy: '2026-04-30', safeCustody: { amount: 150, maxCharge: 150 } });
  });
  it('reports a postpaid connection on its monthly rent as active, with nothing to do', () => {
    const out = JSON.parse(runScenarioLine(JSON.stringify({
      today: '2026-03-01', sim: { connection: 'postpaid', since: '2025-01-01' }, events: [],
    })).json);
    expect(out).toMatchObject({ state: 'active', protectedBy: 'monthly_rent', protectedUntil: null, nextActionBy: null, rentalDue: true, risk: { level: 'ok', next: null } });
  });
});
