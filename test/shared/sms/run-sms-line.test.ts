import { describe, expect, it } from 'vitest';
import { readingJson, runSmsLine } from '../../../shared/sms/run-sms-line';

const out = (line: string) => {
  const result = runSmsLine(line);
  return { ok: result.ok, value: JSON.parse(result.json) as Record<string, unknown> };
};

describe('runSmsLine', () => {
  it('answers a message with its reading, amounts in rupees and the fields in the documented order', () => {
    const { ok, value } = out(JSON.stringify({
      text: 'Recharge of Rs.299 for 9876543210 is successful. Valid till 30-08-2026. Transaction ID: BR000ABC1234 Main Bal Rs 0.125',
      sender: 'JA-JIOPAY-S', received: '2026-08-02',
    }));
    expect(ok).toBe(true);
    expect(Object.keys(value)).toEqual(['kind', 'number', 'amount', 'balance', 'validityEnds', 'date', 'transactionId', 'confidence', 'matched']);
    expect(value).toMatchObject({ kind: 'recharge', number: '9876543210', amount: 299, balance: 0.13, validityEnds: '2026-08-30', date: '2026-08-02', transactionId: 'BR000ABC1234', confidence: 'high' });
  });

  it('gives the charge of a usage message in rupees', () => {
    expect(out(JSON.stringify({ text: 'Call Charge Rs. 3.08.Balance Rs.27.61' })).value).toMatchObject({ kind: 'usage', charge: 3.08, balance: 27.61 });
  });

  it('answers a line that is not JSON with an error, and says it failed', () => {
    const { ok, value } = out('{"text": ');
    expect(ok).toBe(false);
    expect(value.error).toMatch(/^message: not valid JSON/);
  });

  it('names the field that is wrong', () => {
    expect(out('[1]').value).toEqual({ error: 'message: must be an object with text' });
    expect(out('{"sender":"AD-AIRTEL"}').value).toEqual({ error: 'text: must be a string' });
    expect(out('{"text":"x","sender":5}').value).toEqual({ error: 'sender: must be a string' });
    expect(out('{"text":"x","received":"2026-02-30"}').value).toEqual({ error: 'received: must be a date YYYY-MM-DD' });
  });

  it('leaves out the fields a reading does not have, and never shows the fields the command line does not promise', () => {
    expect(readingJson({ kind: 'usage', usage: 'data', dataUsedMb: 1, charge: 5, confidence: 'low', matched: [] }))
      .toEqual({ kind: 'usage', charge: 0.05, confidence: 'low', matched: [] });
  });
});
