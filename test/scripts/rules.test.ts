import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function runRules(input: string) {
  const result = spawnSync('npm', ['run', '--silent', 'rules'], { cwd: root, input, encoding: 'utf8' });
  return { status: result.status, lines: result.stdout.trim().split('\n').map((line) => JSON.parse(line)) };
}

describe('npm run --silent rules', () => {
  const good = JSON.stringify({ today: '2026-01-10', sim: { connection: 'prepaid', since: '2026-01-01' }, events: [] });

  it('writes one JSON line per scenario, in order, and exits 0 when all are valid', () => {
    const second = JSON.stringify({ today: '2026-05-10', sim: { connection: 'prepaid', since: '2026-01-01' }, events: [] });
    const { status, lines } = runRules(`${good}\n${second}\n`);
    expect(status).toBe(0);
    expect(lines.map((l) => l.state)).toEqual(['active', 'lost']);
  }, 30_000);

  it('answers a bad line with an error, still runs the rest, and exits non-zero', () => {
    const { status, lines } = runRules(`${good}\n{"today":"2026-01-10"}\n${good}\n`);
    expect(status).not.toBe(0);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ error: 'sim: must be an object with connection and since' });
    expect(lines[2].state).toBe('active');
  }, 30_000);

  it('prints each flag with its code, regulation, English message and parameters in rupees', () => {
    const flagged = JSON.stringify({
      today: '2026-03-05', sim: { connection: 'prepaid', since: '2026-01-01' },
      events: [{ type: 'reactivated', date: '2026-03-01', fee: 49 }],
    });
    const { status, lines } = runRules(`${flagged}\n`);
    expect(status).toBe(0);
    expect(lines[0].flags).toEqual([{
      code: 'reactivation_overcharged', date: '2026-03-01', regulation: 'reg 14(1)',
      message: 'On 1 Mar 2026 reactivation cost ₹49, more than the ₹20 the operator\'s policy charges. The findings say whether that breaks reg 14(1) or only the operator\'s own tariff.',
      params: { fee: 49, maxFee: 20 },
    }]);
  }, 30_000);
});

