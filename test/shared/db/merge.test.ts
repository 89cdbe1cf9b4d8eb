import fc from 'fast-check';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mergeRecords, winnerOf, type SyncRecords } from '../../../shared/db/merge';
import { applySync, syncSnapshot } from '../../../shared/db/sync';
import { applyImport, backupToJson, exportBackup } from '../../../shared/db/backup';
import { EVENT_SOURCES, OPERATORS, REMINDER_STATUSES, type EventRecord, type ReminderStateRecord, type SettingRecord, type SimRecord } from '../../../shared/db/types';
import { eventsForSim } from '../../../shared/db/events';
import { ACTIVITY_KINDS, VOUCHER_KINDS } from '../../../shared/rules';
import { addDays } from '../../../shared/rules/dates';
import { withPolicy } from '../../../shared/rules/policy';
import { compareEvents } from '../../../shared/db/event-sort';
import { TODAY, freshDb } from './helpers';

/** Thousands of cases for the pure merge; the store round trips (IndexedDB in node) run fewer. */
const RUNS = 2000;
const SIM_IDS = ['sim-a', 'sim-b', 'sim-c'];
const EVENT_IDS = Array.from({ length: 12 }, (_, i) => `ev-${i}`);
const stamp = fc.integer({ min: 0, max: 5 }).map((n) => `2026-03-0${n + 1}T00:00:00.000Z`);
const deleted = fc.boolean().map((d) => (d ? { deleted: true as const } : {}));

const sim = (id: string) => fc.record({ label: fc.constantFrom('A', 'B'), updatedAt: stamp, deleted }).map(({ label, updatedAt, deleted: d }): SimRecord => ({
  id, label, number: '9876543210', operator: 'jio', circle: '', connection: 'prepaid', since: '2025-01-01',
  policy: withPolicy(), colour: '#112233', createdAt: '2026-01-01T00:00:00.000Z', updatedAt, ...d,
}));
const event = (id: string) => fc.record({
  simId: fc.constantFrom(...SIM_IDS), day: fc.integer({ min: 1, max: 3 }), seq: fc.integer({ min: 1, max: 4 }),
  kind: fc.constantFrom('call_out' as const, 'data' as const), updatedAt: stamp, deleted,
}).map(({ simId, day, seq, kind, updatedAt, deleted: d }): EventRecord => ({
  id, simId, source: 'manual', seq, type: 'activity', date: `2026-02-0${day}`, kind, updatedAt, ...d,
}));

/** A store's records: some of a shared pool of ids, each in some version, in canonical order. */
const store: fc.Arbitrary<SyncRecords> = fc.record({
  sims: fc.subarray(SIM_IDS).chain((ids) => fc.tuple(...ids.map(sim))),
  events: fc.subarray(EVENT_IDS).chain((ids) => fc.tuple(...ids.map(event))),
}).map(({ sims, events }) => mergeRecords({ sims: [...sims], events: [...events] }, { sims: [], events: [] }));

describe('mergeRecords (last writer wins per id, tombstones included)', () => {
  it('gives the same result whichever side merges which: merge(A, B) = merge(B, A)', () => {
    fc.assert(fc.property(store, store, (a, b) => {
      expect(mergeRecords(a, b)).toEqual(mergeRecords(b, a));
    }), { numRuns: RUNS });
  }, 60_000);

  it('changes nothing when a store merges with itself: merge(A, A) = A', () => {
    fc.assert(fc.property(store, (a) => {
      expect(mergeRecords(a, a)).toEqual(a);
    }), { numRuns: RUNS });
  }, 60_000);

  it('gives the same store whatever the grouping: merge(merge(A, B), C) = merge(A, merge(B, C))', () => {
    fc.assert(fc.property(store, store, store, (a, b, c) => {
      expect(mergeRecords(mergeRecords(a, b), c)).toEqual(mergeRecords(a, mergeRecords(b, c)));
    }), { numRuns: RUNS });
  }, 60_000);

  it('keeps a deletion when merged with an older copy of the record', () => {
    fc.assert(fc.property(event('ev-x'), fc.integer({ min: 1, max: 3 }), (older, later) => {
      const tombstone: EventRecord = { ...older, deleted: true, updatedAt: `2026-03-0${later + 6}T00:00:00.000Z` }; // after every generated stamp (days 1-6)
      const one = { sims: [], events: [tombstone] };
      const { deleted: _was, ...live } = older;
      const other = { sims: [], events: [live] };
      expect(mergeRecords(one, other).events).toEqual([tombstone]);
      expect(mergeRecords(other, one).events).toEqual([tombstone]);
    }), { numRuns: RUNS });
  }, 60_000);

  it("keeps each store's own order of same-date events", () => {
    fc.assert(fc.property(store, store, (a, b) => {
      const merged = mergeRecords(a, b).events;
      for (const side of [a, b]) {
        const own = side.events.filter((e) => merged.some((m) => m.id === e.id && m.seq === e.seq && m.date === e.date));
        const inMerged = merged.filter((m) => own.some((e) => e.id === m.id));
        expect(inMerged.map((e) => e.id)).toEqual([...own].sort(compareEvents).map((e) => e.id));
      }
    }), { numRuns: RUNS });
  }, 60_000);

  it('settles a tie of updatedAt the same way from both sides, a tombstone first', () => {
    const live: EventRecord = { id: 'e', simId: 's', source: 'manual', seq: 1, type: 'deactivated', date: '2026-03-01', updatedAt: '2026-03-02T00:00:00.000Z' };
    const gone: EventRecord = { ...live, deleted: true };
    expect(winnerOf(live, gone)).toBe(gone);
    expect(winnerOf(gone, live)).toBe(gone);
  });
});

/** A body of every event type, each with the fields it may carry (money in paise, dates up to TODAY). */
const eventBody = fc.oneof(
  fc.record({ type: fc.constant('activity' as const), kind: fc.constantFrom(...ACTIVITY_KINDS) }),
  fc.record({
    type: fc.constant('recharge' as const), amount: fc.integer({ min: 100, max: 99_900 }), voucher: fc.constantFrom(...VOUCHER_KINDS),
    monetaryValue: fc.integer({ min: 0, max: 99_900 }), validityDays: fc.integer({ min: 1, max: 365 }),
  }, { requiredKeys: ['type', 'amount', 'voucher'] }),
  fc.record({ type: fc.constant('balance' as const), amount: fc.integer({ min: 0, max: 50_000 }) }),
  fc.record({ type: fc.constant('anr_deduction' as const), amount: fc.integer({ min: 100, max: 3000 }) }),
  fc.record({ type: fc.constant('deactivated' as const) }),
  fc.record({ type: fc.constant('reactivated' as const), fee: fc.integer({ min: 0, max: 3000 }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('safe_custody' as const), months: fc.integer({ min: 1, max: 12 }), amount: fc.integer({ min: 1, max: 50_000 }) }), // the store refuses a charge of 0 (shared/validation/event.ts)
  fc.record({ type: fc.constant('advance_rent' as const), through: fc.constantFrom('2026-04-30', '2026-12-31') }),
  fc.record({ type: fc.constant('operator_closed' as const), securityDeposit: fc.integer({ min: 1, max: 100_000 }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('refund_claimed' as const) }),
  fc.record({ type: fc.constant('refund_received' as const), amount: fc.integer({ min: 1, max: 50_000 }) }),
);
const fullEvent = (id: string) => fc.record({
  simId: fc.constantFrom(...SIM_IDS), day: fc.integer({ min: 1, max: 74 }), seq: fc.integer({ min: 1, max: 6 }), body: eventBody,
  source: fc.constantFrom(...EVENT_SOURCES), note: fc.option(fc.constantFrom('Rs 299 plan', 'SMS \u0938\u0947', '<b>x</b>'), { nil: undefined }),
  updatedAt: stamp, deleted,
}).map(({ simId, day, seq, body, source, note, updatedAt, deleted: d }) => ({
  id, simId, source, seq, ...body, date: addDays('2026-01-01', day - 1), ...(note === undefined ? {} : { note }), updatedAt, ...d,
}) as EventRecord);
const fullSim = (id: string) => fc.record({
  connection: fc.constantFrom('prepaid' as const, 'postpaid' as const), operator: fc.constantFrom(...OPERATORS),
  since: fc.constantFrom('2024-06-01', '2025-01-01', '2026-02-01'), colour: fc.constantFrom('#112233', '#a0b1c2'), updatedAt: stamp, deleted,
}).map(({ connection, operator, since, colour, updatedAt, deleted: d }): SimRecord => ({
  id, label: `SIM ${id}`, number: '9876543210', operator, circle: '', connection, since, policy: withPolicy(), colour,
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt, ...d,
}));
/** Whole stores: SIMs of both connections, events of every type (tombstones too), reminder states and settings. */
const fullStore = fc.record({
  sims: fc.subarray(SIM_IDS, { minLength: 1 }).chain((ids) => fc.tuple(...ids.map(fullSim))),
  events: fc.subarray(EVENT_IDS).chain((ids) => fc.tuple(...ids.map(fullEvent))),
  reminders: fc.uniqueArray(fc.record({
    id: fc.constantFrom('r-1', 'r-2', 'r-3', 'backup'), owner: fc.nat(), status: fc.constantFrom(...REMINDER_STATUSES), at: stamp,
  }), { selector: (r) => r.id, maxLength: 4 }),
  settings: fc.record({
    language: fc.constantFrom('en', 'hi'), theme: fc.constantFrom('system', 'light', 'dark'), leadDays: fc.constantFrom([7, 1], [30, 14, 3], []),
    backupReminder: fc.boolean(), lastBackupAt: fc.constantFrom(null, '2026-03-01T10:00:00.000Z'), onboarded: fc.boolean(),
  }, { requiredKeys: [] }),
}).map(({ sims, events, reminders, settings }) => {
  const simIds = sims.map((sim) => sim.id);
  const owned = events.filter((event) => simIds.includes(event.simId));
  return {
    records: mergeRecords({ sims: [...sims], events: owned }, { sims: [], events: [] }),
    reminders: reminders.map(({ id, owner, status, at }): ReminderStateRecord => ({
      id, simId: id === 'backup' ? '' : simIds[owner % simIds.length]!, status, at, ...(status === 'snoozed' ? { until: '2026-03-20' } : {}),
    })),
    settings: Object.entries(settings).map(([key, value]): SettingRecord => ({ key, value })),
  };
});

describe('applySync and backups against a real store', () => {
  /** A store whose every event belongs to one of its SIMs (as the app keeps it). */
  const owned = store.map((records) => ({ ...records, events: records.events.filter((e) => records.sims.some((s) => s.id === e.simId)) }));

  it('export then import gives back exactly the same records', async () => {
    await fc.assert(fc.asyncProperty(fullStore, async ({ records, reminders, settings }) => {
      const source = freshDb();
      await applySync(source, records, TODAY);
      await source.reminders.bulkPut(reminders);
      await source.settings.bulkPut(settings);
      const backup = await exportBackup(source);
      const target = freshDb();
      await applyImport(target, backupToJson(backup), TODAY);
      // Ids, updatedAt, tombstones and each SIM's seq order: the snapshot lists events in apply order.
      expect(await syncSnapshot(target)).toEqual(await syncSnapshot(source));
      expect(await syncSnapshot(source)).toEqual(records);
      for (const sim of records.sims) expect(await eventsForSim(target, sim.id)).toEqual(await eventsForSim(source, sim.id));
      expect(await target.summaries.orderBy('simId').toArray()).toEqual(await source.summaries.orderBy('simId').toArray());
      expect(await target.reminders.orderBy('id').toArray()).toEqual(await source.reminders.orderBy('id').toArray());
      // The file is itself a backup made at exportedAt (backup.ts: withBackupTime).
      const restored = (await source.settings.orderBy('key').toArray()).filter((s) => s.key !== 'lastBackupAt');
      const backupAt = [...restored, { key: 'lastBackupAt', value: backup.exportedAt }].sort((a, b) => a.key.localeCompare(b.key));
      expect(await target.settings.orderBy('key').toArray()).toEqual(backupAt);
      source.close(); target.close();
    }), { numRuns: 25 });
  }, 120_000);

  it('two stores synced both ways hold merge(A, B), in either order', async () => {
    await fc.assert(fc.asyncProperty(owned, owned, async (a, b) => {
      const left = freshDb();
      const right = freshDb();
      await applySync(left, a, TODAY);
      await applySync(right, b, TODAY);
      await applySync(left, await syncSnapshot(right), TODAY);
      await applySync(right, await syncSnapshot(left), TODAY);
      const expected = mergeRecords(a, b);
      expect(await syncSnapshot(left)).toEqual(expected);
      expect(await syncSnapshot(right)).toEqual(expected);
      left.close(); right.close();
    }), { numRuns: 20 });
  }, 120_000);
});
