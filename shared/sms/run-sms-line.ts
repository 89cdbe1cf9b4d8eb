/**
 * One line of `npm run --silent sms` (issue 9): {"text", "sender"?, "received"?} in, one JSON line
 * out with the reading in rupees: {"kind", "number"?, "amount"?, "balance"?, "validityEnds"?,
 * "date"?, "charge"?, "transactionId"?, "confidence", "matched"}, or {"error"} for a line that is
 * not a valid message. Pure, so the command line is tested without spawning a process.
 */
import { isIsoDate } from '../rules/dates';
import { paiseToRupees } from '../rules/money';
import { parseSms } from './parse-sms';
import type { SmsInput, SmsReading } from './types';

export interface SmsLineResult {
  ok: boolean;
  json: string;
}

export function runSmsLine(line: string): SmsLineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return failure(`message: not valid JSON (${(error as Error).message})`);
  }
  const input = readInput(raw);
  if (typeof input === 'string') return failure(input);
  return { ok: true, json: JSON.stringify(readingJson(parseSms(input))) };
}

function failure(error: string): SmsLineResult {
  return { ok: false, json: JSON.stringify({ error }) };
}

/** The message, or the error naming its bad field. */
function readInput(raw: unknown): SmsInput | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'message: must be an object with text';
  const { text, sender, received } = raw as Record<string, unknown>;
  if (typeof text !== 'string') return 'text: must be a string';
  if (sender !== undefined && typeof sender !== 'string') return 'sender: must be a string';
  if (received !== undefined && !isIsoDate(received)) return 'received: must be a date YYYY-MM-DD';
  const input: SmsInput = { text };
  if (sender !== undefined) input.sender = sender;
  if (received !== undefined) input.received = received;
  return input;
}

/** The command line's fields, in this order, amounts in rupees; absent fields are left out. */
export function readingJson(reading: SmsReading): Record<string, unknown> {
  const rupees = (paise: number | undefined) => (paise === undefined ? undefined : paiseToRupees(paise));
  const out: Record<string, unknown> = {
    kind: reading.kind,
    number: reading.number,
    amount: rupees(reading.amount),
    balance: rupees(reading.balance),
    validityEnds: reading.validityEnds,
    date: reading.date,
    charge: rupees(reading.charge),
    transactionId: reading.transactionId,
    confidence: reading.confidence,
    matched: reading.matched,
  };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}
