/**
 * Bench section: reading operator SMS (shared/sms). First the corpus (test/fixtures/sms/), message by
 * message, at the size SMS come in. Then 100 KB texts: parseSms answers them unread (longer than any
 * SMS, MAX_SMS_CHARS), and readMessage, which has no limit, reads the whole of each hostile shape at
 * 100 and 400 KB. Linear patterns show as x ~4; a catastrophic (backtracking) pattern would show
 * as seconds, or as x 16 for quadratic growth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { normaliseText } from '../../shared/sms/normalise-text';
import { MAX_SMS_CHARS, parseSms, readMessage } from '../../shared/sms/parse-sms';
import type { SmsInput } from '../../shared/sms/types';
import { heading, ms, table, timeRuns } from './report';

export const title = 'sms: parse operator SMS, and 100 KB of hostile text';

const CORPUS = new URL('../../test/fixtures/sms/', import.meta.url);
const SIZES = [100_000, 400_000];

/** Hostile shapes: runs the patterns could stumble on (digits, separators, labels, dates, Hindi). */
const SHAPES: [string, string][] = [
  ['letters', 'a'],
  ['digits', '9'],
  ['1,1,1,', '1,'],
  ['Rs 1 Rs 1', 'Rs 1 '],
  ['Main Bal:', 'Main Bal:'],
  ['30-08-30-08', '30-08-'],
  ['12 Jan 12 Jan', '12 Jan '],
  ['kind words', 'recharge successful deducted retention expires on '],
  ['HTML/script', '<script>alert(1)</script>'],
  ['emoji + controls', '🎉\u0000\u200b '],
  ['Hindi', 'रिचार्ज सफल ₹४५ वैधता '],
];

function corpusInputs(): SmsInput[] {
  return readdirSync(CORPUS)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => (JSON.parse(readFileSync(new URL(file, CORPUS), 'utf8')) as { input: SmsInput }[]).map((entry) => entry.input));
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

export async function run(): Promise<void> {
  heading(title);
  const inputs = corpusInputs();
  let checksum = 0;
  const corpus = await timeRuns(() => {
    for (const input of inputs) checksum += parseSms(input).matched.length;
  }, { warmup: 3, runs: 9 });
  console.log(`corpus: ${inputs.length} messages in ${ms(corpus.median)} ms (median of 9), ${(corpus.median * 1000 / inputs.length).toFixed(0)} us per message`);

  const big = repeatTo('Recharge of Rs 10 successful. ', 100_000);
  const capped = await timeRuns(() => {
    checksum += parseSms({ text: big }).matched.length;
  }, { warmup: 1, runs: 9 });
  console.log(`parseSms, 100 KB: ${ms(capped.median)} ms, answered '${parseSms({ text: big }).reason}' unread (over ${MAX_SMS_CHARS.toLocaleString('en-IN')} characters)`);

  const rows: (string | number)[][] = [];
  for (const [name, unit] of SHAPES) {
    const times = [];
    for (const size of SIZES) {
      const text = normaliseText(repeatTo(unit, size));
      const timing = await timeRuns(() => {
        checksum += readMessage(text, 'JA-JIOPAY-S', '2026-06-01').matched.length;
      }, { warmup: 1, runs: 7 });
      // The fastest run: on a shared machine the others measure the neighbours as much as the code.
      times.push(timing.min);
    }
    rows.push([name, ...times.map(ms), (times[1]! / times[0]!).toFixed(1)]);
  }
  table(['readMessage, whole text', '100 KB ms', '400 KB ms', 'x 400/100'], rows);
  console.log(`fastest of 7 runs after one warm-up; linear growth is x 4, quadratic x 16 (figures of a few ms are noisy). checksum ${checksum}`);
}
