/**
 * Upgrading from every schema version ever released, each from its stored fixture database
 * (test/fixtures/db/v<N>.json, written by scripts/db-fixture.ts): no record lost.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSimKeeperDb, type SimKeeperDb } from '../../../shared/db/db';
import { eventsForSim } from '../../../shared/db/events';
import { isHexColour } from '../../../shared/db/colours';
import { simsWithSummaries } from '../../../shared/db/sim-summaries';
import { syncSnapshot } from '../../../shared/db/sync';
import type { EventMonthRecord, EventRecord, ReminderStateRecord, SettingRecord, SimRecord, SimSummaryRecord } from '../../../shared/db/types';
import { TODAY } from './helpers';

interface Fixture {
  version: number;
  stores: Record<string, string>;
  records: Record<string, Record<string, unknown>[]>;
}

const DIR = join(import.meta.dirname, '../../fixtures/db');
const fixtures: Fixture[] = readdirSync(DIR).filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version);

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** The fixture's records written into a fresh database declared as that version alone, then opened by today's app. */
async function upgraded(fixture: Fixture): Promise<SimKeeperDb> {
  const name = `fixture-v${fixture.version}-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  for (const [table, records] of Object.entries(fixture.records)) await old.table(table).bulkAdd(records);
  expect(old.verno).toBe(fixture.version);
  old.close();
  const db = openSimKeeperDb(name);
  opened.push(db);
  await db.open();
  return db;
}

/** The fixture's events as stored: one per record before version 3, a month per record from it. */
function eventsOf(fixture: Fixture): Record<string, unknown>[] {
  if (fixture.version < 3) return fixture.records.events!;
  return (fixture.records.eventMonths as unknown as EventMonthRecord[]).flatMap((month) => month.events as unknown as Record<string, unknown>[]);
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

it('has a fixture for every schema version, oldest to the current one', async () => {
  const db = openSimKeeperDb(`fixture-current-${crypto.randomUUID()}`);
  opened.push(db);
  await db.open();
  expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: db.verno }, (_, index) => index + 1));
});

describe.each(fixtures.map((fixture) => [fixture.version, fixture] as const))('a version %i database opened by the current app', (version, fixture) => {
  it('has every SIM, each as it was (a version 1 SIM gains a colour)', async () => {
    const db = await upgraded(fixture);
    const before = byId(fixture.records.sims as unknown as SimRecord[]);
    const after = byId(await db.sims.toArray());
    expect(after.map((sim) => sim.id)).toEqual(before.map((sim) => sim.id));
    after.forEach((sim, index) => {
      expect(sim).toEqual(version === 1 ? { ...before[index], colour: sim.colour } : before[index]);
      expect(isHexColour(sim.colour)).toBe(true);
    });
  });

  it('has every event, tombstones included, each as it was (with seq and updatedAt where the version had none)', async () => {
    const db = await upgraded(fixture);
    const before = byId(eventsOf(fixture) as unknown as EventRecord[]);
    const after = byId((await syncSnapshot(db)).events);
    expect(after.map((event) => event.id)).toEqual(before.map((event) => event.id));
    after.forEach((event, index) => {
      const { recordedAt: _v1Order, ...kept } = before[index] as EventRecord & { recordedAt?: string };
      expect(event).toEqual({ ...kept, seq: version === 1 ? expect.any(Number) : kept.seq, updatedAt: version < 3 ? `${kept.date}T00:00:00.000Z` : kept.updatedAt });
    });
    if (version === 1) {
      const recorded = [...before].sort((a, b) => String((a as { recordedAt?: string }).recordedAt).localeCompare(String((b as { recordedAt?: string }).recordedAt)));
      expect(recorded.map((event) => after.find((e) => e.id === event.id)!.seq)).toEqual(recorded.map((_, index) => index + 1));
    }
  });

  it('stores events in month records of the current shape, in apply order', async () => {
    const db = await upgraded(fixture);
    for (const month of await db.eventMonths.toArray()) {
      expect(Object.keys(month).sort()).toEqual(['events', 'month', 'simId']);
      expect(month.events.every((event) => event.simId === month.simId && event.date.startsWith(month.month))).toBe(true);
    }
  });

  it('has every reminder state, setting and summary exactly as they were', async () => {
    const db = await upgraded(fixture);
    expect(byId(await db.reminders.toArray())).toEqual(byId(fixture.records.reminders as unknown as ReminderStateRecord[]));
    const key = (list: SettingRecord[]) => [...list].sort((a, b) => a.key.localeCompare(b.key));
    expect(key(await db.settings.toArray())).toEqual(key(fixture.records.settings as unknown as SettingRecord[]));
    const simId = (list: SimSummaryRecord[]) => [...list].sort((a, b) => a.simId.localeCompare(b.simId));
    expect(simId(await db.summaries.toArray())).toEqual(simId((fixture.records.summaries ?? []) as unknown as SimSummaryRecord[]));
  });

  it('shows every live SIM with its live events', async () => {
    const db = await upgraded(fixture);
    const live = (fixture.records.sims as unknown as SimRecord[]).filter((sim) => !sim.deleted);
    const { sims, projections } = await simsWithSummaries(db, TODAY);
    expect(sims.map((sim) => sim.id).sort()).toEqual(live.map((sim) => sim.id).sort());
    for (const sim of live) {
      expect(projections.get(sim.id)?.connection).toBe(sim.connection);
      const events = eventsOf(fixture).filter((event) => event.simId === sim.id && !event.deleted).map((event) => event.id).sort();
      expect((await eventsForSim(db, sim.id)).map((event) => event.id).sort()).toEqual(events);
    }
  });
});
