/**
 * The event history as CSV (RFC 4180), for a spreadsheet or a complaint to the operator. It is for
 * people (issue 7, item 10): every field an event has gets its own column (talktime, validity, the
 * months of safe custody...), and the header, the event types, activity kinds, vouchers, operators
 * and sources are words in the user's language, not the store's codes. Amounts are rupees with two
 * decimals and dates YYYY-MM-DD, which every spreadsheet reads as numbers and dates; the backup
 * (JSON) is the exact, re-importable copy. The phone number is left out: CSVs get shared.
 */
import type { SimEvent } from '../rules/types';
import type { Paise } from '../rules/money';
import type { MessageKey } from '../i18n/en';
import { compareEvents } from './event-sort';
import type { EventRecord, SimRecord } from './types';

/** The words of the user's language (shared/i18n's translate, bound to a language). */
export type CsvWords = (key: MessageKey) => string;

/** The columns, in order, by their message keys. */
export const CSV_COLUMNS = [
  'csv.sim', 'csv.operator', 'csv.date', 'csv.type', 'csv.detail', 'csv.amount', 'csv.talktime',
  'csv.validityDays', 'csv.validityEnds', 'csv.months', 'csv.through', 'csv.source', 'csv.note',
] as const satisfies readonly MessageKey[];

/**
 * A byte order mark first: Excel opens a UTF-8 file without one as the old Windows code page, and
 * ₹, Devanagari and "—" in a label come out as mojibake.
 */
export const CSV_BOM = '\uFEFF';

/** Exact rupees from paise, '1234.50', by integer arithmetic (never 1234.4999...). */
export function rupeesText(paise: Paise): string {
  const sign = paise < 0 ? '-' : '';
  const abs = Math.abs(paise);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The money an event records, if any. */
function amountOf(event: SimEvent): Paise | undefined {
  switch (event.type) {
    case 'recharge': case 'balance': case 'anr_deduction': case 'safe_custody': case 'refund_received': return event.amount;
    case 'reactivated': return event.fee;
    case 'operator_closed': return event.securityDeposit;
    default: return undefined;
  }
}

/** The type's own detail in words: the activity kind ("Made a call"), the voucher ("Plan voucher"). */
function detailOf(event: SimEvent, t: CsvWords): string {
  switch (event.type) {
    case 'activity': return t(`kind.${event.kind}`);
    case 'recharge': return t(`voucher.${event.voucher}`);
    default: return '';
  }
}

const money = (paise: Paise | undefined) => (paise === undefined ? '' : rupeesText(paise));

/**
 * One cell, quoted when it holds a comma, quote or line break (RFC 4180 §2.6-2.7). A cell a
 * spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe: a label or note from
 * an imported file must not become a live formula on someone's computer.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** The header row's cells in the user's language. */
export function csvHeader(t: CsvWords): string[] {
  return CSV_COLUMNS.map((key) => t(key));
}

/**
 * Every event, oldest first, one row each, lines ending CRLF as RFC 4180 asks, after a byte order
 * mark. Deleted ones (tombstones) are left out.
 */
export function exportEventsCsv(sims: readonly SimRecord[], events: readonly EventRecord[], t: CsvWords): string {
  const simsById = new Map(sims.map((sim) => [sim.id, sim]));
  const rows = events.filter((event) => !event.deleted).sort(compareEvents).map((event) => {
    const sim = simsById.get(event.simId);
    return csvRow([
      sim?.label ?? '',
      sim ? t(`operator.${sim.operator}`) : '',
      event.date,
      t(`type.${event.type}`),
      detailOf(event, t),
      money(amountOf(event)),
      event.type === 'recharge' ? money(event.monetaryValue) : '',
      event.type === 'recharge' && event.validityDays !== undefined ? String(event.validityDays) : '',
      event.type === 'recharge' ? event.validityEnds ?? '' : '',
      event.type === 'safe_custody' ? String(event.months) : '',
      event.type === 'advance_rent' ? event.through : '',
      t(`source.${event.source}`),
      event.note ?? '',
    ]);
  });
  return CSV_BOM + [csvRow(csvHeader(t)), ...rows].map((line) => line + '\r\n').join('');
}
