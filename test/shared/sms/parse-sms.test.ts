/**
 * The parser against the corpus (test/fixtures/sms/, see its README: where each wording came from)
 * and against the promises of issue 9 one by one.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSms } from '../../../shared/sms/parse-sms';
import { readingJson } from '../../../shared/sms/run-sms-line';
import { SMS_KINDS, type SmsInput } from '../../../shared/sms/types';

interface CorpusEntry {
  id: string;
  source: string;
  input: SmsInput;
  expected: Record<string, unknown>;
}

const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/sms/', import.meta.url));
const corpus: (CorpusEntry & { file: string })[] = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.json'))
  .flatMap((file) => (JSON.parse(readFileSync(CORPUS_DIR + file, 'utf8')) as CorpusEntry[]).map((entry) => ({ ...entry, file })));

describe('the corpus of operator SMS', () => {
  it('holds at least 80 messages, each with a unique id and a source that says whether it is real or modelled', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    for (const entry of corpus) expect(entry.source, entry.id).toMatch(/^(real|modelled)/);
  });

  it('covers every operator, every kind, and both languages, Devanagari digits included', () => {
    const files = new Set(corpus.map((e) => e.file));
    for (const operator of ['jio', 'airtel', 'vi', 'bsnl', 'mtnl']) expect(files).toContain(`${operator}.json`);
    expect(new Set(corpus.map((e) => e.expected.kind))).toEqual(new Set(SMS_KINDS));
    expect(corpus.filter((e) => /[\u0900-\u097f]/.test(e.input.text)).length).toBeGreaterThanOrEqual(12);
    expect(corpus.some((e) => /[\u0966-\u096f]/.test(e.input.text))).toBe(true);
    expect(corpus.filter((e) => e.source.startsWith('real')).length).toBeGreaterThanOrEqual(20);
  });

  it.each(corpus.map((e) => [e.id, e] as const))('reads %s as expected', (_id, entry) => {
    const { matched, ...reading } = readingJson(parseSms(entry.input)) as { matched: string[] };
    expect(reading).toEqual(entry.expected);
    // Every word it says it matched is in the message (or is its sender id): it shows, it does not invent.
    const haystack = `${entry.input.text.normalize()} ${entry.input.sender ?? ''}`.toLowerCase().replace(/\s+/g, ' ');
    for (const word of matched) expect(haystack.replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x0966))).toContain(word.toLowerCase().replace(/-[pstg]$/, ''));
  });
});

describe('parseSms', () => {
  it('reads a recharge with its amount, validity, number and transaction id (reg 6)', () => {
    expect(parseSms({
      text: 'Recharge of Rs.299 for Jio Number 9876543210 is successful. Valid till 30-08-2026. Transaction ID: BR000ABC1234',
      sender: 'JA-JIOPAY-S', received: '2026-08-02',
    })).toMatchObject({
      kind: 'recharge', amount: 29900, validityEnds: '2026-08-30', number: '9876543210', transactionId: 'BR000ABC1234',
      date: '2026-08-02', dateFrom: 'received', operator: 'jio', confidence: 'high',
    });
  });

  it('reads an ANR deduction with the amount deducted and the balance after it (reg 15(3))', () => {
    expect(parseSms({ text: 'Rs 20 deducted for number retention due to non-usage. Balance Rs 52.30', received: '2026-09-09' }))
      .toMatchObject({ kind: 'anr_deduction', amount: 2000, balance: 5230, date: '2026-09-09', confidence: 'medium' });
  });

  it('reads a charged data session with its charge, balance and the data it used (reg 7(b))', () => {
    expect(parseSms({ text: 'Data Session Charge:Rs 0.10. Bal Rs.6.23. Vol Used :0.06 MB.' }))
      .toMatchObject({ kind: 'usage', usage: 'data', charge: 10, balance: 623, dataUsedMb: 0.06 });
  });

  it('rounds amounts with three decimals to the paisa', () => {
    expect(parseSms({ text: 'Main Bal Rs.30.058 Val 23-11-2028' }).balance).toBe(3006);
  });

  it('gives a validity date without a year the year after the received date, an event date the year before', () => {
    const reading = parseSms({ text: 'Recharge of Rs 99 on 28 Dec successful. Valid till 25 Jan.', sender: 'AD-AIRTEL-S', received: '2026-01-03' });
    expect(reading).toMatchObject({ date: '2025-12-28', dateFrom: 'text', validityEnds: '2026-01-25' });
  });

  it('leaves a year-less date out when the received date is not known, rather than guess', () => {
    const reading = parseSms({ text: 'Your plan will expire on 5th April.' });
    expect(reading.kind).toBe('validity');
    expect(reading.validityEnds).toBeUndefined();
    expect(reading.date).toBeUndefined();
    expect(reading.confidence).toBe('low');
  });

  it('says unknown, with no figures, for a promotion, a bank debit, an OTP and what it does not understand', () => {
    const promo = parseSms({ text: 'Recharge of Rs 299 successful! Get 2GB extra', sender: 'JX-JIONET-P' });
    expect(promo).toEqual({ kind: 'unknown', reason: 'promotional', confidence: 'high', matched: ['JIONET-P'] });
    expect(parseSms({ text: 'Rs.299.00 debited from A/c XX1234 to VPA jio@icici' })).toMatchObject({ kind: 'unknown', reason: 'bank' });
    expect(parseSms({ text: '482913 is your OTP' })).toMatchObject({ kind: 'unknown', reason: 'otp' });
    expect(parseSms({ text: 'See you at 5' })).toEqual({ kind: 'unknown', reason: 'not_understood', confidence: 'low', matched: [] });
  });

  it('marks a deactivation announced for later as ahead, and reads its day', () => {
    expect(parseSms({ text: 'Your number will be deactivated on 15-06-2026.', received: '2026-06-01' }))
      .toMatchObject({ kind: 'deactivation', ahead: true, date: '2026-06-15' });
    expect(parseSms({ text: 'Your number has been deactivated.', received: '2026-06-01' }).ahead).toBeUndefined();
    expect(parseSms({ text: 'Your number has been deactivated. You will be able to reactivate it within 15 days.' }).ahead).toBeUndefined();
    expect(parseSms({ text: 'आपकी सेवाएं 20-12-2026 से बंद कर दी जाएंगी।', received: '2026-12-15' }))
      .toMatchObject({ kind: 'deactivation', ahead: true, date: '2026-12-20', dateFrom: 'text' });
  });

  it('lowers its confidence when the sender is not an operator, and when the key figure is missing', () => {
    const text = 'Recharge of Rs.299 successful. Valid till 30-08-2026.';
    expect(parseSms({ text, sender: 'JA-JIOPAY-S' }).confidence).toBe('high');
    expect(parseSms({ text }).confidence).toBe('medium');
    expect(parseSms({ text: 'Your recharge is successful. Enjoy!' }).confidence).toBe('low');
  });
});
