/** `npm run --silent rules` prints the findings of each scenario beside its flags: every code, triggered and near-missed. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CASES } from '../shared/rules/findings/cases';
import { DEFAULT_POLICY } from '../../shared/rules/policy';
import type { Policy, SimEvent } from '../../shared/rules/types';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MONEY = new Set(['amount', 'fee']);

/** An event as the command line takes it: amounts in rupees. */
function rupeeEvent(event: SimEvent): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event).map(([k, v]) => [k, MONEY.has(k) ? (v as number) / 100 : v]));
}

/** The policy fields that differ from the regulatory floor, in rupees. */
function rupeePolicy(policy: Policy | undefined): Record<string, number> | undefined {
  if (!policy) return undefined;
  const changed = (Object.keys(policy) as (keyof Policy)[]).filter((k) => k !== 'activityKinds' && policy[k] !== DEFAULT_POLICY[k]);
  return Object.fromEntries(changed.map((k) => [k, ['anrCharge', 'anrThreshold', 'reactivationFee', 'safeCustodyCharge'].includes(k) ? (policy[k] as number) / 100 : policy[k] as number]));
}

function scenario(c: (typeof CASES)[keyof typeof CASES], events: SimEvent[]): string {
  return JSON.stringify({
    today: '2026-12-01', sim: c.sim ?? { connection: 'prepaid', since: '2026-01-01' },
    ...(c.policy && { policy: rupeePolicy(c.policy) }), events: events.map(rupeeEvent),
  });
}

describe('npm run --silent rules: findings', () => {
  const entries = Object.entries(CASES);
  const input = entries.flatMap(([, c]) => [scenario(c, c.triggers), scenario(c, c.nearMiss)]).join('\n') + '\n';
  let lines: Record<string, unknown>[] = [];
  let status: number | null = null;

  it('runs every case and exits 0', () => {
    const result = spawnSync('npm', ['run', '--silent', 'rules'], { cwd: root, input, encoding: 'utf8' });
    status = result.status;
    lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(status).toBe(0);
    expect(lines).toHaveLength(entries.length * 2);
  }, 60_000);

  it.each(entries.map(([code], i) => [code, i] as const))('prints %s for its history and not for its near miss', (code, i) => {
    const codesOf = (line: Record<string, unknown>) => (line.findings as { code: string }[]).map((f) => f.code);
    expect(codesOf(lines[2 * i]!)).toContain(code);
    expect(codesOf(lines[2 * i + 1]!)).not.toContain(code);
    expect(lines[2 * i]).toHaveProperty('flags');
  });

  it('prints each finding with its code, date, regulation, certainty, what to ask, the English sentence and rupees', () => {
    const i = entries.findIndex(([code]) => code === 'anr_over_limit');
    expect(lines[2 * i]!.findings).toEqual([{
      code: 'anr_over_limit', date: '2026-04-01', regulation: 'reg 12(1) proviso', certainty: 'clear', breach: true,
      refund: 0.01, restore: false,
      message: 'On 1 Apr 2026 the operator deducted ₹20.01 to keep the number; each deduction may be at most ₹20 (reg 12(1) proviso).',
      params: { amount: 20.01, limit: 20 },
    }]);
  });

  it('takes "smsReceived": false on an ANR deduction, and refuses anything but a boolean there', () => {
    const base = { today: '2026-12-01', sim: { connection: 'prepaid', since: '2026-01-01' } };
    const bad = JSON.stringify({ ...base, events: [{ type: 'anr_deduction', date: '2026-04-01', amount: 20, smsReceived: 'no' }] });
    const result = spawnSync('npm', ['run', '--silent', 'rules'], { cwd: root, input: bad + '\n', encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(JSON.parse(result.stdout.trim()).error).toMatch(/^events\[0\]\.smsReceived: /);
  }, 30_000);
});
