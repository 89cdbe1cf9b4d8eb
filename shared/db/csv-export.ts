/**
 * The event history as CSV (RFC 4180), for a spreadsheet or a complaint to the operator.
 * Amounts are in rupees with two decimals, because this file is for people; the backup (JSON)
 * is the exact, re-importable copy. The phone number is left out: CSVs get shared.
 */
import type { SimEvent } from '../rules/types';
import type { Paise } from '../rules/money';
import { compareEvents } from './event-sort';
import type { EventRecord, SimRecord } from './types';

export const CSV_HEADER = ['SIM', 'Operator', 'Date', 'Type', 'Detail', 'Amount (Rs)', 'Source', 'Note'] as const;

/** Exact rupees from paise, '1234.50', by integer arithmetic (never 1234.4999...). */
export function rupeesText(paise: Paise): string {
  const sign = paise < 0 ? '-' : '';
  const abs = Math.abs(paise);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The money an event records, if any. */
function amountOf(event: SimEvent): Paise | undefined {
  switch (event.type) {
    case 'recharge': case 'balance': case 'anr_deduction': case 'safe_custody': return event.amount;
    case 'reactivated': return event.fee;
    default: return undefined;
  }
}

/** The type's own detail: the activity kind, the voucher, the months, the date rent runs to. */
function detailOf(event: SimEvent): string {
  switch (event.type) {
    case 'activity': return event.kind;
    case 'recharge': return event.voucher;
    case 'safe_custody': return `${event.months} months`;
    case 'advance_rent': return `through ${event.through}`;
    default: return '';
  }
}

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

/** Every event, oldest first, one row each, lines ending CRLF as RFC 4180 asks. Deleted ones (tombstones) are left out. */
export function exportEventsCsv(sims: readonly SimRecord[], events: readonly EventRecord[]): string {
  const simsById = new Map(sims.map((sim) => [sim.id, sim]));
  const rows = events.filter((event) => !event.deleted).sort(compareEvents).map((event) => {
    const sim = simsById.get(event.simId);
    const amount = amountOf(event);
    return csvRow([
      sim?.label ?? '', sim?.operator ?? '', event.date, event.type, detailOf(event),
      amount === undefined ? '' : rupeesText(amount), event.source, event.note ?? '',
    ]);
  });
  return [csvRow(CSV_HEADER), ...rows].map((line) => line + '\r\n').join('');
}
