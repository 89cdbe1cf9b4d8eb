/**
 * `npm run --silent rules` with an operator that closed its services (TRAI's direction of 19 Jan
 * 2018): the state is `closed`, nothing is projected after the closing day, and the refund is
 * printed in rupees; the same history without the closure prints what it always did.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

const used = [
  { type: 'activity', kind: 'call_out', date: '2026-01-01' },
  { type: 'balance', amount: 100, date: '2026-01-01' },
];
const lines = [
  { today: '2026-06-01', sim: { connection: 'prepaid', since: '2025-01-01' }, events: used },
  {
    today: '2026-06-01', sim: { connection: 'prepaid', since: '2025-01-01' },
    events: [...used, { type: 'operator_closed', date: '2026-04-15' }, { type: 'refund_claimed', date: '2026-04-20' },
      { type: 'refund_received', amount: 50, date: '2026-05-20' }],
  },
  {
    today: '2026-06-01', sim: { connection: 'postpaid', since: '2025-01-01' },
    events: [{ type: 'operator_closed', date: '2026-04-15', securityDeposit: 500 }, { type: 'refund_received', amount: 500, date: '2026-05-02' }],
  },
  { today: '2026-06-01', sim: { connection: 'postpaid', since: '2025-01-01' }, events: [{ type: 'operator_closed', date: '2026-04-15', securityDeposit: 0 }] },
];

describe('npm run --silent rules: an operator that closed', () => {
  const result = spawnSync('npm', ['run', '--silent', 'rules'], { cwd: root, input: lines.map((l) => JSON.stringify(l)).join('\n') + '\n', encoding: 'utf8' });
  const out = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

  it('leaves a history without a closure as it was: no closedOn, no refund', () => {
    expect(out[0]).toMatchObject({ state: 'anr', deactivation: '2026-07-30', graceEnds: '2026-08-14' });
    expect(out[0]).not.toHaveProperty('closedOn');
    expect(out[0]).not.toHaveProperty('refund');
  });

  it('stops a prepaid SIM on the closing day and prints the refund still due, in rupees', () => {
    expect(out[1]).toMatchObject({
      state: 'closed', balance: 80, deactivation: null, graceEnds: null, nextLiable: null,
      anrDeductions: [{ date: '2026-04-01', amount: 20, balanceAfter: 80, observed: false }],
      risk: { level: 'ok', daysLeft: null, next: null },
      closedOn: '2026-04-15',
      refund: { due: 80, basis: 'balance', certainty: 'clear', readOn: '2026-01-01', received: 50, outstanding: 30, claimedOn: '2026-04-20', refundedOn: null },
    });
  });

  it('prints a postpaid deposit refunded in full, with the day', () => {
    expect(out[2]).toMatchObject({
      state: 'closed', rentalDue: false, closedOn: '2026-04-15',
      refund: { due: 500, basis: 'deposit', received: 500, outstanding: 0, refundedOn: '2026-05-02' },
    });
  });

  it('refuses a deposit of nothing with the field named, runs the rest, and exits 1', () => {
    expect(out[3]).toEqual({ error: 'events[0].securityDeposit: must be more than Rs 0' });
    expect(out).toHaveLength(4);
    expect(result.status).toBe(1);
  });
});
