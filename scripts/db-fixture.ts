/**
 * `npx tsx scripts/db-fixture.ts [--v1] [out-dir]`: writes a stored database fixture,
 * test/fixtures/db/v<N>.json, for the upgrade test (test/shared/db/fixtures.test.ts). Never
 * overwrites one: the fixture of a shipped version is never edited.
 *
 * It fills a fresh database (fake-indexeddb) through the store's own functions, as the app of the
 * code it runs in would write them: SIMs of both connections (one deleted), events of every type
 * (one edited, one deleted), reminder states and settings; then dumps every object store's raw
 * records and the store declarations (v<N>.json: { version, stores, records }).
 * For a past version, run this file inside that version's code (test/fixtures/db/README.md).
 *
 * `--v1`: version 1 shipped before this repository, so no code here writes it; its records are
 * built by hand in the shapes schema.ts keeps for its upgrade (V1SimRecord, V1EventRecord).
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as store from '../shared/db';
import { withPolicy } from '../shared/rules/policy';
import { EVENT_TYPES } from '../shared/rules/types';

const TODAY = '2026-03-15';

/** The store's functions the fill uses: their signatures are the same from version 2 on. */
async function fill(db: store.SimKeeperDb): Promise<void> {
  const prepaid = await store.addSim(db, {
    label: 'Jio spare', number: '9876543210', operator: 'jio', circle: 'Delhi', connection: 'prepaid', since: '2025-01-01', policy: withPolicy(),
  }, TODAY);
  const postpaid = await store.addSim(db, {
    label: 'Airtel office', number: '8765432109', operator: 'airtel', connection: 'postpaid', since: '2024-06-01', policy: withPolicy(), colour: '#123abc',
  }, TODAY);
  const gone = await store.addSim(db, {
    label: 'Old Vi', number: '7654321098', operator: 'vi', connection: 'prepaid', since: '2025-02-01', policy: withPolicy(),
  }, TODAY);
  const add = (simId: string, event: Record<string, unknown>) => store.addEvent(db, { simId, ...event } as store.EventInput, TODAY);
  await add(prepaid.id, { type: 'activity', date: '2025-12-01', kind: 'call_out' });
  await add(prepaid.id, { type: 'activity', date: '2025-12-01', kind: 'sms_in', note: 'same day, recorded second' });
  const recharge = await add(prepaid.id, { type: 'recharge', date: '2026-01-10', amount: 29_900, voucher: 'plan', validityDays: 28 });
  await add(prepaid.id, { type: 'recharge', date: '2026-01-20', amount: 1_000, voucher: 'topup', monetaryValue: 770 });
  await add(prepaid.id, { type: 'balance', date: '2026-01-20', amount: 4_500 });
  await add(prepaid.id, { type: 'anr_deduction', date: '2026-02-01', amount: 2_000, source: 'sms' });
  await add(prepaid.id, { type: 'deactivated', date: '2026-02-20' });
  await add(prepaid.id, { type: 'reactivated', date: '2026-02-25', fee: 0 });
  const mistake = await add(prepaid.id, { type: 'activity', date: '2026-03-01', kind: 'data' });
  await store.updateEvent(db, recharge.id, { note: 'Rs 299 plan' }, TODAY);
  await store.deleteEvent(db, mistake.id, TODAY);
  await add(postpaid.id, { type: 'safe_custody', date: '2025-10-01', months: 3, amount: 15_000 });
  await add(postpaid.id, { type: 'advance_rent', date: '2026-01-05', through: '2026-06-30' });
  await add(postpaid.id, { type: 'activity', date: '2026-03-10', kind: 'call_in', source: 'extension' });
  await add(gone.id, { type: 'activity', date: '2026-01-01', kind: 'call_out' });
  // The operator-closure events came with version 4's release (issue 10): only code that knows them writes them.
  if ((EVENT_TYPES as readonly string[]).includes('operator_closed')) {
    await add(postpaid.id, { type: 'operator_closed', date: '2026-03-11', securityDeposit: 50_000 });
    await add(postpaid.id, { type: 'refund_claimed', date: '2026-03-12' });
    await add(postpaid.id, { type: 'refund_received', date: '2026-03-14', amount: 20_000 });
  }
  await store.markReminder(db, `${prepaid.id}:non_usage:2026-05-24:7`, prepaid.id, 'snoozed', '2026-03-20');
  await store.markReminder(db, `${postpaid.id}:rent:2026-06-30:7`, postpaid.id, 'shown');
  await store.markReminder(db, 'backup', '', 'dismissed');
  await store.setSetting(db, 'language', 'hi');
  await store.setSetting(db, 'theme', 'dark');
  await store.setSetting(db, 'leadDays', [14, 3]);
  await store.setSetting(db, 'lastBackupAt', '2026-03-01T10:00:00.000Z');
  await store.setSetting(db, 'onboarded', true);
  await store.deleteSim(db, gone.id);
}

/** Version 1, by hand: SIMs without colour, events ordered by recordedAt instead of seq. */
async function fillV1(name: string): Promise<Dexie> {
  const { V1_STORES } = await import('../shared/db/schema');
  const db = new Dexie(name);
  db.version(1).stores(V1_STORES);
  const sim = (id: string, label: string, connection: 'prepaid' | 'postpaid', createdAt: string) => ({
    id, label, number: '9876543210', operator: 'bsnl', circle: '', connection, since: '2025-01-01', policy: withPolicy(), createdAt, updatedAt: createdAt,
  });
  await db.table('sims').bulkAdd([sim('v1-sim-b', 'BSNL home', 'prepaid', '2025-01-02T08:00:00.000Z'), sim('v1-sim-a', 'MTNL office', 'postpaid', '2025-01-01T08:00:00.000Z')]);
  const at = (n: number) => `2025-0${n}-01T09:00:00.000Z`;
  await db.table('events').bulkAdd([
    // Ids against recordedAt: the upgrade must number them by recordedAt.
    { id: 'v1-e-9', simId: 'v1-sim-b', source: 'manual', type: 'activity', kind: 'call_out', date: '2025-02-01', recordedAt: at(1) },
    { id: 'v1-e-1', simId: 'v1-sim-b', source: 'manual', type: 'recharge', amount: 19_900, voucher: 'plan', validityDays: 28, date: '2025-02-01', recordedAt: at(2), note: 'plan' },
    { id: 'v1-e-5', simId: 'v1-sim-b', source: 'sms', type: 'anr_deduction', amount: 2_000, date: '2025-05-01', recordedAt: at(5) },
    { id: 'v1-e-3', simId: 'v1-sim-b', source: 'manual', type: 'balance', amount: 500, date: '2025-04-01', recordedAt: at(4) },
    { id: 'v1-e-7', simId: 'v1-sim-b', source: 'manual', type: 'deactivated', date: '2025-06-01', recordedAt: at(6) },
    { id: 'v1-e-2', simId: 'v1-sim-b', source: 'manual', type: 'reactivated', fee: 0, date: '2025-06-05', recordedAt: at(7) },
    { id: 'v1-e-4', simId: 'v1-sim-a', source: 'manual', type: 'safe_custody', months: 2, amount: 10_000, date: '2025-03-01', recordedAt: at(3) },
    { id: 'v1-e-8', simId: 'v1-sim-a', source: 'import', type: 'advance_rent', through: '2025-12-31', date: '2025-06-01', recordedAt: at(8) },
  ]);
  await db.table('reminders').bulkAdd([
    { id: 'v1-sim-b:non_usage:2025-09-03:7', simId: 'v1-sim-b', status: 'snoozed', until: '2025-09-01', at: at(8) },
    { id: 'backup', simId: '', status: 'dismissed', at: at(8) },
  ]);
  await db.table('settings').bulkAdd([{ key: 'language', value: 'hi' }, { key: 'leadDays', value: [7, 1] }, { key: 'onboarded', value: true }]);
  return db;
}

/** Every object store's declaration and raw records. */
async function dump(db: Dexie): Promise<{ version: number; stores: Record<string, string>; records: Record<string, unknown[]> }> {
  const stores: Record<string, string> = {};
  const records: Record<string, unknown[]> = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    stores[table.name] = [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(', ');
    records[table.name] = await table.toArray();
  }
  return { version: db.verno, stores, records };
}

const args = process.argv.slice(2);
const v1 = args.includes('--v1');
const out = args.find((arg) => !arg.startsWith('--')) ?? join(import.meta.dirname, '../test/fixtures/db');
const name = `fixture-${Date.now()}`;
let db: Dexie;
if (v1) db = await fillV1(name);
else {
  const current = store.openSimKeeperDb(name);
  await fill(current);
  db = current;
}
await db.open();
const file = join(out, `v${db.verno}.json`);
if (existsSync(file)) {
  console.error(`${file} exists: the fixture of a shipped version is never edited`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
writeFileSync(file, JSON.stringify(await dump(db), null, 2) + '\n');
console.log(`wrote ${file}`);
