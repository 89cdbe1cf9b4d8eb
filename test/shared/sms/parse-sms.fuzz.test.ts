/**
 * Random and hostile text: the parser never throws, always answers in its own shape, never echoes
 * markup, and never hangs. parseSms reads at most MAX_SMS_CHARS; readMessage, which has no limit,
 * is run on 100 KB of each hostile shape to show that no pattern backtracks: every regular
 * expression in shared/sms is built from bounded pieces. The time limits are loose enough for a busy
 * machine and still far below what a catastrophic (exponential or quadratic) pattern would take.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseText } from '../../../shared/sms/normalise-text';
import { MAX_SMS_CHARS, parseSms, readMessage } from '../../../shared/sms/parse-sms';
import { SMS_KINDS, type SmsReading } from '../../../shared/sms/types';

function expectWellFormed(reading: SmsReading): void {
  expect(SMS_KINDS).toContain(reading.kind);
  expect(['high', 'medium', 'low']).toContain(reading.confidence);
  for (const field of ['amount', 'balance', 'charge', 'monetaryValue'] as const) {
    const value = reading[field];
    if (value !== undefined) expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
  }
  for (const field of ['date', 'validityEnds'] as const) if (reading[field] !== undefined) expect(reading[field]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (reading.number !== undefined) expect(reading.number).toMatch(/^[6-9]\d{9}$/);
  // No output string can carry markup: what it reads is letters, digits and punctuation it expects.
  expect(JSON.stringify(reading)).not.toMatch(/[<>]/);
}

/** Milliseconds to read the whole of `text`, with no length limit. */
function timedFullRead(text: string): number {
  const normalised = normaliseText(text);
  const start = performance.now();
  expectWellFormed(readMessage(normalised, 'JA-JIOPAY-S', '2026-06-01'));
  return performance.now() - start;
}

const operatorish = fc.constantFrom('Rs', 'Rs.', '₹', 'INR', 'Bal', 'Main Bal:', 'valid till', 'recharge', 'successful', 'deducted',
  'retention', 'Last call', 'charge', 'expires on', 'suspended', '30-08-2026', 'Jun 19 2017', '5th April', '9876543210', '0.125',
  '1,00,000', 'Txn ID:', 'वैधता', 'तक', 'रिचार्ज', 'सफल', '₹४५.५०', ' ', ',', '.', ':', '-', '/', '\n');

describe('parseSms on random and hostile text', () => {
  it('never throws and always answers in its shape, for any string at all', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.option(fc.string()), (text, sender) => {
      expectWellFormed(parseSms({ text, sender: sender ?? undefined, received: '2026-06-01' }));
    }), { numRuns: 200 });
  }, 60_000);

  it('never throws on text made of the very words and figures it looks for, in any order', () => {
    fc.assert(fc.property(fc.array(operatorish, { maxLength: 60 }), (parts) => {
      expectWellFormed(parseSms({ text: parts.join(''), received: '2026-06-01' }));
      expectWellFormed(parseSms({ text: parts.join(' ') }));
    }), { numRuns: 200 });
  }, 60_000);

  it('reads emoji, control characters, HTML and script as plain text and never returns markup', () => {
    const hostile = [
      '<script>alert(1)</script> Recharge of Rs.299 successful <img src=x onerror=alert(1)>',
      'Bal <b>Rs 45.50</b> valid till <i>30-08-2026</i>',
      '\u0000\u0001\u001b[31mMain Bal:\u0007Rs.20\u0085\u2028 🎉🔥💸 Rs 20 deducted to keep your number active 🙏',
      'Transaction ID: <svg/onload=alert(1)> Recharge successful Rs 10',
      '\ud800 lone surrogate Rs 5 balance \udfff',
    ];
    for (const text of hostile) expectWellFormed(parseSms({ text }));
    expect(parseSms({ text: hostile[0]! })).toMatchObject({ kind: 'recharge', amount: 29900 });
  });

  it('answers a text longer than any SMS at once, as unknown and too long', () => {
    const start = performance.now();
    expect(parseSms({ text: 'Recharge of Rs 10 successful. '.repeat(4_000) })).toEqual({ kind: 'unknown', reason: 'too_long', confidence: 'high', matched: [] });
    expect(performance.now() - start).toBeLessThan(200);
    expect(parseSms({ text: 'Recharge of Rs 10 successful.' + ' '.repeat(MAX_SMS_CHARS) }).kind).toBe('recharge');
  });

  it('reads the whole of 100 KB of each hostile shape, with no length limit, in well under two seconds', () => {
    const shapes = [
      'a'.repeat(100_000),
      '9'.repeat(100_000),
      '1,'.repeat(50_000),
      '1.'.repeat(50_000),
      'Rs '.repeat(33_000),
      'Rs 1 '.repeat(20_000),
      'Bal '.repeat(25_000),
      'Main Bal:'.repeat(11_000),
      '30-08-'.repeat(16_000),
      '12 Jan '.repeat(14_000),
      'recharge successful deducted retention '.repeat(2_500),
      ' \u0000\u200b'.repeat(33_000),
      '🎉'.repeat(50_000),
      '<script>'.repeat(12_500),
      'रिचार्ज सफल ₹४५ '.repeat(6_000),
      'Txn ID: A'.repeat(11_000),
    ];
    for (const text of shapes) {
      expect(text.length).toBeGreaterThanOrEqual(90_000);
      expect(timedFullRead(text), text.slice(0, 12)).toBeLessThan(2_000);
    }
  }, 60_000);
});
