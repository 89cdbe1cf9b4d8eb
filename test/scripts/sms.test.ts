import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function runSms(input: string) {
  const result = spawnSync('npm', ['run', '--silent', 'sms'], { cwd: root, input, encoding: 'utf8' });
  return { status: result.status, lines: result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('npm run --silent sms', () => {
  const recharge = JSON.stringify({ text: 'Recharge of Rs.299 for Jio Number 9876543210 is successful. Valid till 30-08-2026.', sender: 'JA-JIOPAY-S', received: '2026-08-02' });
  const balance = JSON.stringify({ text: 'Bal: 8.672Rs.Expiry: 27-08-2018', received: '2018-07-01' });

  it('writes one JSON line per message, in order, and exits 0 when every line is a message', () => {
    const { status, lines } = runSms(`${recharge}\n\n${balance}\n`);
    expect(status).toBe(0);
    expect(lines).toEqual([
      { kind: 'recharge', number: '9876543210', amount: 299, validityEnds: '2026-08-30', date: '2026-08-02', confidence: 'high', matched: ['Recharge', 'successful', 'Valid till', '30-08-2026', 'Recharge of'] },
      { kind: 'balance', balance: 8.67, validityEnds: '2018-08-27', date: '2018-07-01', confidence: 'medium', matched: ['Bal', 'Expiry', '27-08-2018'] },
    ]);
  }, 30_000);

  it('answers a line that is not valid JSON with an error, still reads the rest, and exits non-zero', () => {
    const { status, lines } = runSms(`${recharge}\nnot json\n${balance}\n`);
    expect(status).not.toBe(0);
    expect(lines).toHaveLength(3);
    expect(lines[1]!.error).toMatch(/^message: not valid JSON/);
    expect(lines[2]!.kind).toBe('balance');
  }, 30_000);
});
