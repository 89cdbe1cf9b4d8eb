/**
 * An iCalendar file (RFC 5545) of all-day events with alarms, pure: the caller passes the time
 * stamp, so the same entries and stamp always give the same bytes.
 *
 * Dates are all-day and floating (DTSTART;VALUE=DATE): a deadline is a calendar day wherever the
 * user is, exactly as the rules compute it, never an instant.
 *
 * Alarms ring at 09:00 on the morning they are due. An alarm's TRIGGER is relative to the start of
 * the all-day event, which is local midnight, so:
 *   lead 0 → TRIGGER:PT9H       (09:00 on the day itself)
 *   lead 1 → TRIGGER:-PT15H     (09:00 the day before: midnight minus 15 hours)
 *   lead n → TRIGGER:-P{n-1}DT15H
 */
import type { IsoDate } from '../rules/dates';
import { addDays } from '../rules/dates';

export interface CalendarEntry {
  /** Stable across exports, so importing a newer file updates the event rather than adding one. */
  uid: string;
  /** The all-day event's date. */
  date: IsoDate;
  summary: string;
  description: string;
  /** Days before the date to ring, each at 09:00 (0: on the day). */
  alarms: readonly number[];
}

export interface CalendarOptions {
  /** The export instant, an ISO timestamp (new Date().toISOString()): DTSTAMP and SEQUENCE. */
  stamp: string;
  /** The calendar's display name (X-WR-CALNAME). */
  name?: string;
}

/** The hour of the day alarms ring, local time. */
export const ALARM_HOUR = 9;

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
/** SEQUENCE counts minutes from here, so a later export always carries a higher SEQUENCE. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/**
 * A TEXT value escaped per RFC 5545 3.3.11: backslash, semicolon, comma and newline.
 * @example escapeText('a, b; c\\d\ne') === 'a\\, b\\; c\\\\d\\ne'
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line folded to at most 75 octets per physical line (RFC 5545 3.1), never inside a
 * UTF-8 sequence: continuation lines start with a space, which counts toward their 75.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** '2026-04-05' → '20260405'. */
function icsDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/** An ISO timestamp → '20261123T043000Z' (UTC). */
function icsTimestamp(stamp: string): string {
  const instant = new Date(stamp);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a timestamp: ${stamp}`);
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * A whole number that grows with the export time (minutes since 2024), so a calendar that already
 * holds an event accepts the re-exported one as a newer revision (RFC 5545 3.8.7.4).
 */
export function sequenceOf(stamp: string): number {
  return Math.max(0, Math.floor((new Date(stamp).getTime() - SEQUENCE_EPOCH) / 60_000));
}

/**
 * The TRIGGER of an alarm `lead` days before an all-day event, ringing at 09:00.
 * @example alarmTrigger(0) === 'PT9H'; alarmTrigger(1) === '-PT15H'; alarmTrigger(7) === '-P6DT15H'
 */
export function alarmTrigger(lead: number): string {
  if (!Number.isInteger(lead) || lead < 0) throw new RangeError(`An alarm lead must be a whole number of days, 0 or more: ${lead}`);
  if (lead === 0) return `PT${ALARM_HOUR}H`;
  const days = lead - 1;
  const hours = 24 - ALARM_HOUR;
  return days === 0 ? `-PT${hours}H` : `-P${days}DT${hours}H`;
}

function eventLines(entry: CalendarEntry, dtstamp: string, sequence: number): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `DTSTAMP:${dtstamp}`,
    `SEQUENCE:${sequence}`,
    `DTSTART;VALUE=DATE:${icsDate(entry.date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(entry.date, 1))}`,
    `SUMMARY:${escapeText(entry.summary)}`,
    `DESCRIPTION:${escapeText(entry.description)}`,
    // A reminder, not an appointment: it does not make the day "busy".
    'TRANSP:TRANSPARENT',
    'STATUS:CONFIRMED',
  ];
  for (const lead of [...new Set(entry.alarms)].sort((a, b) => b - a)) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(entry.summary)}`,
      `TRIGGER:${alarmTrigger(lead)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The whole .ics file: CRLF line endings, folded lines, one VEVENT per entry.
 * @example buildCalendar([{ uid: 'a@x', date: '2026-04-05', summary: 'Hi', description: '', alarms: [0] }], { stamp: '2026-04-01T00:00:00Z' })
 */
export function buildCalendar(entries: readonly CalendarEntry[], options: CalendarOptions): string {
  const dtstamp = icsTimestamp(options.stamp);
  const sequence = sequenceOf(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SIM Keeper//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...entries.flatMap((entry) => eventLines(entry, dtstamp, sequence)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
