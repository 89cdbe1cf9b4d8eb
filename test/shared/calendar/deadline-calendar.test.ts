import { beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarFileName, calendarForSims, deadlineCalendar, entriesForSim } from '../../../shared/calendar/deadline-calendar';
import { DEFAULT_POLICY, deadlinesOf, project, type Projection, type SimEvent } from '../../../shared/rules';
import { loadLanguage } from '../../../shared/i18n/translate';

const TODAY = '2026-03-01';
const SIM = { id: 'sim-a', label: 'Jio spare', number: '9876543210' };
const OTHER = { id: 'sim-b', label: 'Airtel, old; work', number: '9123456789' };

function prepaid(events: SimEvent[], today = TODAY): Projection {
  return project({ connection: 'prepaid', since: '2026-01-01' }, DEFAULT_POLICY, events, today);
}

// Rs 60 on the first day: two Rs 20 deductions, then deactivation and grace.
const WITH_BALANCE: SimEvent[] = [{ type: 'balance', date: '2026-01-01', amount: 6000 }];

// Hindi is loaded on demand, as the app does before its first render in Hindi.
beforeAll(() => loadLanguage('hi'));

describe('entriesForSim', () => {
  it('makes one all-day entry per deadline ahead, on the date the rules compute', () => {
    const projection = prepaid(WITH_BALANCE);
    const entries = entriesForSim(SIM, projection, 'en', [7, 0]);
    expect(entries.map((entry) => entry.date)).toEqual(deadlinesOf(projection).map((deadline) => deadline.date));
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(entries.every((entry) => entry.alarms.join() === '7,0')).toBe(true);
  });

  it('names the SIM by label and says what happens, never the number', () => {
    const entries = entriesForSim(SIM, prepaid(WITH_BALANCE), 'en', [0]);
    for (const entry of entries) {
      expect(entry.summary).toContain('Jio spare');
      expect(entry.description.length).toBeGreaterThan(10);
      expect(`${entry.summary} ${entry.description}`).not.toContain('9876543210');
    }
  });

  it('numbers UIDs by kind, so they do not depend on the date', () => {
    const uids = entriesForSim(SIM, prepaid(WITH_BALANCE), 'en', [0]).map((entry) => entry.uid);
    expect(uids).toContain('sim-a-non_usage_ends-1@sim-keeper.local');
    expect(uids).toContain('sim-a-anr_deduction-1@sim-keeper.local');
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('keeps the UID when a deadline moves because the SIM was used', () => {
    const before = entriesForSim(SIM, prepaid(WITH_BALANCE), 'en', [0]);
    const after = entriesForSim(SIM, prepaid([...WITH_BALANCE, { type: 'activity', kind: 'call_out', date: '2026-02-20' }]), 'en', [0]);
    const nonUsage = (list: typeof before) => list.find((entry) => entry.uid === 'sim-a-non_usage_ends-1@sim-keeper.local')!;
    expect(nonUsage(before).date).toBe('2026-04-01');
    expect(nonUsage(after).date).toBe('2026-05-21');
  });

  it('drops lead days that are not whole days of 0 or more', () => {
    const [first] = entriesForSim(SIM, prepaid(WITH_BALANCE), 'en', [14, -1, 1.5, 3, 3, 0]);
    expect(first!.alarms).toEqual([14, 3, 0]);
  });

  it('writes Hindi when asked', () => {
    const [first] = entriesForSim(SIM, prepaid(WITH_BALANCE), 'hi', [0]);
    expect(first!.description).toMatch(/[\u0900-\u097F]/);
  });
});

describe('calendarForSims', () => {
  it('merges every SIM with a projection, earliest first, skipping SIMs without one', () => {
    const projections = new Map<string, Projection>([
      ['sim-a', prepaid(WITH_BALANCE)],
      ['sim-b', prepaid([])],
    ]);
    const entries = calendarForSims([SIM, OTHER, { id: 'sim-c', label: 'Gone' }], projections, 'en', [0]);
    const dates = entries.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
    expect(entries.some((entry) => entry.uid.startsWith('sim-b-'))).toBe(true);
    expect(entries.some((entry) => entry.uid.startsWith('sim-c-'))).toBe(false);
  });
});

describe('deadlineCalendar', () => {
  it('is a calendar whose events fall on the deadline dates, with no phone number in it', () => {
    const projection = prepaid(WITH_BALANCE);
    const text = deadlineCalendar([SIM, OTHER], new Map([['sim-a', projection], ['sim-b', prepaid([])]]), 'en', [3, 0], '2026-03-01T04:30:00Z');
    expect(text).not.toContain('9876543210');
    expect(text).not.toContain('9123456789');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const mine = events.filter((event) => event.uid.startsWith('sim-a-'));
    expect(mine.map((event) => event.startDate.toString())).toEqual(deadlinesOf(projection).map((deadline) => deadline.date));
    const other = events.find((event) => event.uid.startsWith('sim-b-'))!;
    expect(other.summary).toContain('Airtel, old; work');
  });
});

describe('calendarFileName', () => {
  it('names the file after the SIM, or all SIMs', () => {
    expect(calendarFileName()).toBe('sim-keeper-deadlines.ics');
    expect(calendarFileName({ id: 'x', label: 'Jio spare #2' })).toBe('sim-keeper-jio-spare-2.ics');
    expect(calendarFileName({ id: 'x', label: 'जियो' })).toBe('sim-keeper-sim.ics');
  });
});
