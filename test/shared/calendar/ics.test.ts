import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { alarmTrigger, buildCalendar, escapeText, foldLine, sequenceOf, type CalendarEntry } from '../../../shared/calendar/ics';

const STAMP = '2026-11-23T04:30:00.000Z';

function entry(overrides: Partial<CalendarEntry> = {}): CalendarEntry {
  return { uid: 'sim-1-grace_ends-1@sim-keeper.local', date: '2026-12-17', summary: 'Jio 1: last day to reactivate', description: 'Reactivate it', alarms: [7, 0], ...overrides };
}

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a, b; c\\d\ne\r\nf')).toBe('a\\, b\\; c\\\\d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds a long ASCII line into physical lines of at most 75 octets, continuations starting with a space', () => {
    const folded = foldLine(`SUMMARY:${'a'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBe(3);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(`SUMMARY:${'a'.repeat(200)}`);
  });

  it('never splits a UTF-8 sequence of Hindi text', () => {
    const hindi = 'SUMMARY:जियो 1: इस सिम का उपयोग करें — गैर-उपयोग अवधि आज समाप्त होती है, नहीं तो ₹20 कटेंगे';
    const lines = foldLine(hindi).split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      // Round-trips: no replacement characters, so no sequence was cut.
      expect(bytes.toString('utf8')).toBe(line);
      expect(line).not.toContain('\uFFFD');
    }
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(hindi);
  });
});

describe('alarmTrigger', () => {
  it('rings at 09:00 on the day, the day before and n days before', () => {
    expect(alarmTrigger(0)).toBe('PT9H');
    expect(alarmTrigger(1)).toBe('-PT15H');
    expect(alarmTrigger(3)).toBe('-P2DT15H');
    expect(alarmTrigger(14)).toBe('-P13DT15H');
  });

  it('refuses a negative or fractional lead', () => {
    expect(() => alarmTrigger(-1)).toThrow(RangeError);
    expect(() => alarmTrigger(1.5)).toThrow(RangeError);
  });
});

describe('sequenceOf', () => {
  it('grows with the export time', () => {
    expect(sequenceOf('2026-11-23T05:00:00Z')).toBeGreaterThan(sequenceOf('2026-11-23T04:00:00Z'));
    expect(sequenceOf('2020-01-01T00:00:00Z')).toBe(0);
  });
});

describe('buildCalendar', () => {
  it('uses CRLF line endings only and ends with one', () => {
    const text = buildCalendar([entry()], { stamp: STAMP });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes an all-day event: DTSTART as a date and DTEND the next day', () => {
    const text = buildCalendar([entry({ date: '2026-12-31' })], { stamp: STAMP });
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270101\r\n');
    expect(text).toContain('DTSTAMP:20261123T043000Z\r\n');
  });

  it('parses back with ical.js: uid, dates, text with commas and Hindi, and alarms', () => {
    const summary = 'जियो 1: ₹20 की कटौती आज, बैलेंस; देखें \\ ध्यान दें';
    const description = 'Line one, with a comma\nLine two; with a semicolon — and a long tail '.repeat(3);
    const text = buildCalendar([entry({ summary, description, alarms: [14, 7, 3, 1, 0] }), entry({ uid: 'other@sim-keeper.local', date: '2027-02-28', alarms: [] })], { stamp: STAMP, name: 'SIM Keeper' });
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('SIM Keeper');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.uid)).toEqual(['sim-1-grace_ends-1@sim-keeper.local', 'other@sim-keeper.local']);
    const [first, second] = events as [ICAL.Event, ICAL.Event];
    expect(first.summary).toBe(summary);
    expect(first.description).toBe(description);
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2026-12-17');
    expect(first.endDate.toString()).toBe('2026-12-18');
    expect(second.startDate.toString()).toBe('2027-02-28');
    expect(second.component.getAllSubcomponents('valarm')).toHaveLength(0);
    // Each alarm rings at 09:00 local time, `lead` days before the event's date.
    const rings = first.component.getAllSubcomponents('valarm').map((alarm) => {
      const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
      const at = first.startDate.clone();
      at.isDate = false;
      at.addDuration(trigger);
      return at.toString();
    });
    expect(rings).toEqual(['2026-12-03T09:00:00', '2026-12-10T09:00:00', '2026-12-14T09:00:00', '2026-12-16T09:00:00', '2026-12-17T09:00:00']);
    expect(first.sequence).toBe(sequenceOf(STAMP));
  });

  it('gives the same bytes for the same entries and stamp', () => {
    expect(buildCalendar([entry()], { stamp: STAMP })).toBe(buildCalendar([entry()], { stamp: STAMP }));
  });

  it('writes an empty calendar when there is nothing ahead', () => {
    const calendar = parse(buildCalendar([], { stamp: STAMP }));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
