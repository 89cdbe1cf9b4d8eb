import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  applyImport, backupToJson, checkBackupSize, exportBackup, MAX_BACKUP_BYTES, parseBackup, previewImport, type Backup,
} from '../../../shared/db/backup';
import type { SimKeeperDb } from '../../../shared/db/db';
import { addEvent, allEvents, deleteEvent, eventsForSim } from '../../../shared/db/events';
import { markReminder } from '../../../shared/db/reminder-state';
import { setSetting } from '../../../shared/db/settings';
import { addSim, deleteSim, listSims, updateSim } from '../../../shared/db/sims';

/** A time after anything the tests write: a change made later on another device. */
const LATER = '2999-01-01T00:00:00.000Z';
import { ValidationError } from '../../../shared/db/validation-error';
import { TODAY, errorOf, freshDb, simInput, storeSnapshot } from './helpers';
import { liveEventCount, putEvents, storedEvent, STAMP } from './helpers';

/** A store with two SIMs, events of several types, a reminder state and two settings. */
async function populated(): Promise<SimKeeperDb> {
  const db = freshDb();
  const jio = await addSim(db, simInput(), TODAY);
  const bsnl = await addSim(db, simInput({ label: 'BSNL, "parents"', number: '7000000003', operator: 'bsnl', connection: 'postpaid' }), TODAY);
  await addEvent(db, { simId: jio.id, type: 'recharge', date: '2026-02-01', amount: 29900, voucher: 'plan', validityDays: 28, note: 'line 1\nline 2' }, TODAY);
  await addEvent(db, { simId: jio.id, type: 'activity', date: '2026-03-01', kind: 'call_out' }, TODAY);
  await addEvent(db, { simId: jio.id, type: 'balance', date: '2026-03-01', amount: 0, source: 'sms' }, TODAY);
  await addEvent(db, { simId: bsnl.id, type: 'safe_custody', date: '2026-01-10', months: 3, amount: 15000 }, TODAY);
  await addEvent(db, { simId: bsnl.id, type: 'advance_rent', date: '2026-03-10', through: '2026-09-30' }, TODAY);
  await markReminder(db, `${jio.id}:non_usage_end`, jio.id, 'snoozed', '2026-03-20');
  await setSetting(db, 'language', 'hi');
  await setSetting(db, 'leadDays', [10, 2]);
  return db;
}

/** Everything in the store, in a fixed order, for comparing before and after. */
const snapshot = storeSnapshot;

/** What a restore must give back: the same records, and the file itself recorded as the last backup. */
function restoredFrom(before: Awaited<ReturnType<typeof snapshot>>, exportedAt: string) {
  const settings = [...before.settings.filter((s) => s.key !== 'lastBackupAt'), { key: 'lastBackupAt', value: exportedAt }];
  return { ...before, settings: settings.sort((a, b) => a.key.localeCompare(b.key)) };
}

/** The exported file as a plain object, for editing in tests. */
async function exportedFile(db: SimKeeperDb): Promise<Backup> {
  return JSON.parse(backupToJson(await exportBackup(db))) as Backup;
}

describe('exportBackup', () => {
  it('writes the header and every record exactly as stored, money in paise', async () => {
    const db = await populated();
    const file = await exportedFile(db);
    expect(file.format).toBe('sim-keeper-backup');
    expect(file.version).toBe(2);
    expect(file.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(file.sims).toHaveLength(2);
    expect(file.events).toHaveLength(5);
    expect(file.events.find((e) => e.type === 'recharge')).toMatchObject({ amount: 29900 });
    expect(file.reminders).toHaveLength(1);
    expect(file.settings).toHaveLength(2);
  });

  it('lists events in apply order', async () => {
    const file = await exportedFile(await populated());
    expect(file.events.map((e) => e.date)).toEqual(['2026-01-10', '2026-02-01', '2026-03-01', '2026-03-01', '2026-03-10']);
  });
});

describe('applyImport', () => {
  it('round trip: export, clear, import gives back equal data', async () => {
    const db = await populated();
    const before = await snapshot(db);
    const backup = await exportBackup(db);
    await Promise.all(db.tables.map((table) => table.clear()));
    expect((await snapshot(db)).sims).toHaveLength(0);

    const result = await applyImport(db, backupToJson(backup), TODAY);

    expect(result.sims).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(result.events).toEqual({ added: 5, updated: 0, unchanged: 0 });
    expect(await snapshot(db)).toEqual(restoredFrom(before, backup.exportedAt));
  });

  it('round trip: an operator that closed, its claim and a partial refund come back as they were, with their refund', async () => {
    const db = await populated();
    const bsnl = (await listSims(db)).find((sim) => sim.operator === 'bsnl')!;
    await addEvent(db, { simId: bsnl.id, type: 'operator_closed', date: '2026-03-11', securityDeposit: 50000 }, TODAY);
    await addEvent(db, { simId: bsnl.id, type: 'refund_claimed', date: '2026-03-12' }, TODAY);
    await addEvent(db, { simId: bsnl.id, type: 'refund_received', date: '2026-03-13', amount: 20000 }, TODAY);
    const before = await snapshot(db);
    const backup = await exportBackup(db);
    expect(backup.events.find((e) => e.type === 'operator_closed')).toMatchObject({ securityDeposit: 50000 });
    await Promise.all(db.tables.map((table) => table.clear()));

    const result = await applyImport(db, backupToJson(backup), TODAY);

    expect(result.events).toEqual({ added: 8, updated: 0, unchanged: 0 });
    expect(await snapshot(db)).toEqual(restoredFrom(before, backup.exportedAt));
    expect((await db.summaries.get(bsnl.id))?.segments[0]?.projection.closure?.refund)
      .toMatchObject({ due: 50000, received: 20000, outstanding: 30000, claimedOn: '2026-03-12' });
  });

  it('restores into a different, empty store on another device', async () => {
    const source = await populated();
    const target = freshDb();
    const backup = await exportBackup(source);
    await applyImport(target, backupToJson(backup), TODAY);
    expect(await snapshot(target)).toEqual(restoredFrom(await snapshot(source), backup.exportedAt));
  });

  it('hands back each changed SIM\'s live events exactly as a read of the store gives them', async () => {
    const source = await populated();
    const [first] = await allEvents(source);
    await deleteEvent(source, first!.id, TODAY);
    const target = freshDb();
    const result = await applyImport(target, backupToJson(await exportBackup(source)), TODAY);
    const simIds = (await listSims(target)).map((sim) => sim.id);
    expect([...result.eventsBySim.keys()].sort()).toEqual([...simIds].sort());
    for (const simId of simIds) expect(result.eventsBySim.get(simId)).toEqual(await eventsForSim(target, simId));
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const source = await populated();
    const json = backupToJson(await exportBackup(source));
    const target = freshDb();
    await applyImport(target, json, TODAY);
    const afterFirst = await snapshot(target);

    const second = await applyImport(target, json, TODAY);

    expect(second).toEqual({
      sims: { added: 0, updated: 0, unchanged: 2 },
      events: { added: 0, updated: 0, unchanged: 5 },
      reminders: { added: 0, updated: 0, unchanged: 1 },
      settings: { added: 0, updated: 0, unchanged: 3 },
      eventsBySim: new Map(),
    });
    expect(await snapshot(target)).toEqual(afterFirst);
    expect(await liveEventCount(target)).toBe(5);
  });

  it('all or nothing: one bad event means nothing is written and existing data is unchanged', async () => {
    const file = await exportedFile(await populated());
    // A new SIM and new events that would be written, and one bad event among them.
    file.sims.push({ ...file.sims[0]!, id: 'new-sim', label: 'New' });
    file.events.push({ ...file.events[0]!, id: 'new-1', simId: 'new-sim' });
    file.events.push({ ...file.events[0]!, id: 'new-2', simId: 'new-sim', amount: -5 } as never);
    const target = await populated();
    const before = await snapshot(target);

    const error = await errorOf(() => applyImport(target, JSON.stringify(file), TODAY));

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('events[6].amount');
    expect((error as ValidationError).message).toMatch(/^events\[6\]\.amount: /);
    expect((error as ValidationError).code).toBe('not_positive');
    expect(await snapshot(target)).toEqual(before);
  });

  it('rolls back what was already written when a later write fails', async () => {
    const json = backupToJson(await exportBackup(await populated()));
    const target = freshDb();
    // Sims are written before events: make the events write fail after the sims went in.
    Object.assign(target.eventMonths, { bulkPut: () => Promise.reject(new Error('disk full')) });
    await expect(applyImport(target, json, TODAY)).rejects.toThrow('disk full');
    expect(await target.sims.count()).toBe(0);
  });

  it('refuses an event whose SIM is neither in the file nor on the device, writing nothing', async () => {
    const file = await exportedFile(await populated());
    file.events[3] = { ...file.events[3]!, simId: 'ghost' };
    const target = freshDb();
    const error = await errorOf(() => applyImport(target, JSON.stringify(file), TODAY));
    expect((error as ValidationError).field).toBe('events[3].simId');
    expect(await snapshot(target)).toEqual({ sims: [], events: [], reminders: [], settings: [] });
  });

  it('accepts an event whose SIM is only on the device', async () => {
    const db = await populated();
    const file = await exportedFile(db);
    const simId = file.events[0]!.simId;
    const onlyEvents = { ...file, sims: file.sims.filter((sim) => sim.id !== simId), events: [{ ...file.events[0]!, id: 'extra' }] };
    const result = await applyImport(db, JSON.stringify(onlyEvents), TODAY);
    expect(result.events.added).toBe(1);
    expect((await storedEvent(db, 'extra'))?.simId).toBe(simId);
  });

  it("merges by id: the file's copy wins when it is newer, and records not in the file are kept", async () => {
    const db = await populated();
    const file = await exportedFile(db);
    await addSim(db, simInput({ label: 'Added after the backup' }), TODAY);
    file.sims[0] = { ...file.sims[0]!, label: 'Renamed in the file', updatedAt: LATER };

    const result = await applyImport(db, JSON.stringify(file), TODAY);

    expect(result.sims).toEqual({ added: 0, updated: 1, unchanged: 1 });
    expect((await db.sims.get(file.sims[0]!.id))?.label).toBe('Renamed in the file');
    expect(await db.sims.count()).toBe(3);
  });

  it("keeps the device's copy when it is newer than the file's, and a deletion made after the backup", async () => {
    const db = await populated();
    const file = await exportedFile(db);
    const [jio, bsnl] = await listSims(db);
    await updateSim(db, jio!.id, { label: 'Renamed on the device' }, TODAY);
    await deleteSim(db, bsnl!.id);

    const result = await applyImport(db, JSON.stringify(file), TODAY);

    expect(result.sims).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect((await listSims(db)).map((sim) => sim.label)).toEqual(['Renamed on the device']);
  });

  it('exports deleted SIMs and events as tombstones, and a restore keeps them deleted', async () => {
    const db = await populated();
    const [jio] = await listSims(db);
    const [first] = await eventsForSim(db, jio!.id);
    await deleteEvent(db, first!.id, TODAY);
    const file = await exportedFile(db);
    expect(file.events.find((event) => event.id === first!.id)).toMatchObject({ deleted: true });

    const target = freshDb();
    await applyImport(target, JSON.stringify(file), TODAY);
    expect((await eventsForSim(target, jio!.id)).map((event) => event.id)).not.toContain(first!.id);
    expect((await exportedFile(target)).events).toEqual(file.events);
  });

  it('still imports a version 1 file, stamping its events as the v2 -> v3 upgrade does', async () => {
    const file = await exportedFile(await populated());
    const v1 = { ...file, version: 1, events: file.events.map(({ updatedAt: _stamp, ...event }) => event) };
    const target = freshDb();
    const result = await applyImport(target, JSON.stringify(v1), TODAY);
    expect(result.events.added).toBe(5);
    expect((await allEvents(target)).map((event) => event.updatedAt).sort())
      .toEqual(file.events.map((event) => `${event.date}T00:00:00.000Z`).sort());
  });

  it('accepts the parsed object as well as the text', async () => {
    const db = await populated();
    const target = freshDb();
    await applyImport(target, await exportedFile(db), TODAY);
    expect(await target.sims.count()).toBe(2);
  });
});

describe('previewImport', () => {
  it('counts added, updated and unchanged records without writing anything', async () => {
    const db = await populated();
    const file = await exportedFile(db);
    file.events[0] = { ...file.events[0]!, note: 'changed', updatedAt: LATER };
    file.events.push({ ...file.events[1]!, id: 'brand-new' });
    file.settings.push({ key: 'theme', value: 'dark' });
    const before = await snapshot(db);

    const preview = await previewImport(db, JSON.stringify(file), TODAY);

    expect(preview).toEqual({
      sims: { added: 0, updated: 0, unchanged: 2 },
      events: { added: 1, updated: 1, unchanged: 4 },
      reminders: { added: 0, updated: 0, unchanged: 1 },
      settings: { added: 2, updated: 0, unchanged: 2 }, // theme, and the file as the last backup
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('records the restored file as the last backup, unless the file knows of a later one', async () => {
    const file = await exportedFile(await populated());
    const target = freshDb();
    await applyImport(target, JSON.stringify(file), TODAY);
    expect((await target.settings.get('lastBackupAt'))?.value).toBe(file.exportedAt);

    // Later than the file, yet not later than now: a backup made after this one on another device.
    const later = new Date(Date.parse(file.exportedAt) + 1000).toISOString();
    file.settings = [...file.settings.filter((s) => s.key !== 'lastBackupAt'), { key: 'lastBackupAt', value: later }];
    await applyImport(target, JSON.stringify(file), TODAY);
    expect((await target.settings.get('lastBackupAt'))?.value).toBe(later);
  });

  it('treats a record with its keys in another order as unchanged', async () => {
    const db = await populated();
    const file = await exportedFile(db);
    file.sims = file.sims.map((sim) => Object.fromEntries(Object.entries(sim).reverse()) as never);
    expect((await previewImport(db, file, TODAY)).sims.unchanged).toBe(2);
  });
});

describe('parseBackup', () => {
  const valid = async () => exportedFile(await populated());
  const fieldOf = async (file: unknown) => ((await errorOf(() => parseBackup(file, TODAY))) as ValidationError).field;

  it('refuses text that is not JSON, or JSON that is not a backup', async () => {
    expect(await fieldOf('{not json')).toBe('file');
    expect(await fieldOf('[]')).toBe('file');
    expect(await fieldOf({ ...(await valid()), format: 'other-app' })).toBe('format');
  });

  it('refuses a backup from a newer format, saying to update the app', async () => {
    const error = (await errorOf(() => parseBackup({ format: 'sim-keeper-backup', version: 3 }, TODAY))) as ValidationError;
    expect(error.field).toBe('version');
    expect(error.message).toMatch(/update the app/);
  });

  it('requires each table to be a list', async () => {
    expect(await fieldOf({ ...(await valid()), reminders: {} })).toBe('reminders');
  });

  it('names the path of a bad SIM field', async () => {
    const file = await valid();
    file.sims[1] = { ...file.sims[1]!, number: '12345' };
    expect(await fieldOf(file)).toBe('sims[1].number');
  });

  it('names a record that is not an object by its index', async () => {
    const file = await valid();
    (file.events as unknown[])[2] = 'oops';
    expect(await fieldOf(file)).toBe('events[2]');
  });

  it('refuses an id that appears twice in the file', async () => {
    const file = await valid();
    file.events.push(file.events[0]!);
    expect(await fieldOf(file)).toBe('events[5].id');
  });

  it('names a bad setting value, and an unknown setting', async () => {
    const file = await valid();
    expect(await fieldOf({ ...file, settings: [{ key: 'leadDays', value: [3, 'x'] }] })).toBe('settings[0].value[1]');
    expect(await fieldOf({ ...file, settings: [{ key: 'fontSize', value: 3 }] })).toBe('settings[0].key');
  });

  it('refuses a record dated after today', async () => {
    const file = await valid();
    file.events[0] = { ...file.events[0]!, date: '2026-03-16' };
    expect(await fieldOf(file)).toBe('events[0].date');
  });

  it('gives the same codes as the store, under the path of the record', async () => {
    const file = await valid();
    const event = file.events[1]!;
    file.events[1] = { ...event, type: 'balance', amount: 1e300 } as never;
    const error = (await errorOf(() => parseBackup(file, TODAY))) as ValidationError;
    expect([error.field, error.code]).toEqual(['events[1].amount', 'amount_too_large']);
    file.events[1] = { ...event, type: 'balance', amount: 100_000_01 } as never;
    const tooLarge = (await errorOf(() => parseBackup(file, TODAY))) as ValidationError;
    expect([tooLarge.field, tooLarge.code, tooLarge.params]).toEqual(['events[1].amount', 'amount_too_large', { max: '1,00,000' }]);
    file.events[1] = { ...event, type: 'balance', amount: 12.5 } as never;
    const fraction = (await errorOf(() => parseBackup(file, TODAY))) as ValidationError;
    expect([fraction.field, fraction.code]).toEqual(['events[1].amount', 'not_money']);
  });

  it('refuses a policy day count of 1e300 and a timestamp on a day that does not exist', async () => {
    const file = await valid();
    file.sims[0] = { ...file.sims[0]!, policy: { ...file.sims[0]!.policy, nonUsageDays: 1e300 } };
    expect(await fieldOf(file)).toBe('sims[0].policy.nonUsageDays');
    const file2 = await valid();
    file2.sims[1] = { ...file2.sims[1]!, createdAt: '2026-02-30T10:00:00.000Z' };
    expect(await fieldOf(file2)).toBe('sims[1].createdAt');
  });

  it('refuses a file made later than now (beyond a day of clock skew), which would silence the backup reminder', async () => {
    const now = '2026-03-15T10:00:00.000Z';
    const file = await valid();
    const codeOf = async (exportedAt: string) => ((await errorOf(() => parseBackup({ ...file, exportedAt }, TODAY, now))) as ValidationError);
    expect([(await codeOf('9999-12-31T23:59:59.999Z')).field, (await codeOf('9999-12-31T23:59:59.999Z')).code]).toEqual(['exportedAt', 'exported_later']);
    expect((await codeOf('2026-03-16T10:00:01.000Z')).code).toBe('exported_later');
    // A phone whose clock runs a few hours fast still makes a file this one can read.
    expect(parseBackup({ ...file, exportedAt: '2026-03-16T09:00:00.000Z' }, TODAY, now).exportedAt).toBe('2026-03-16T09:00:00.000Z');
  });

  it('refuses a last-backup setting later than now, naming it', async () => {
    const now = '2026-03-15T10:00:00.000Z';
    const file = { ...(await valid()), exportedAt: '2026-03-15T09:00:00.000Z' };
    const bad = { ...file, settings: [{ key: 'lastBackupAt', value: '9999-12-31T00:00:00.000Z' }] };
    const error = (await errorOf(() => parseBackup(bad, TODAY, now))) as ValidationError;
    expect([error.field, error.code]).toEqual(['settings[0].value', 'exported_later']);
  });

  it('refuses a file larger than 50 MB by its length, before parsing it', async () => {
    const huge = `{"format":"sim-keeper-backup","note":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`;
    const started = performance.now();
    const error = (await errorOf(() => parseBackup(huge, TODAY))) as ValidationError;
    expect([error.field, error.code, error.params]).toEqual(['file', 'file_too_large', { max: 50 }]);
    expect(performance.now() - started).toBeLessThan(100);
    expect(() => checkBackupSize(MAX_BACKUP_BYTES)).not.toThrow();
    expect(() => checkBackupSize(MAX_BACKUP_BYTES + 1)).toThrow(ValidationError);
  });

  it('refuses a setting key that is not text with a clear error', async () => {
    const file = await valid();
    let nested: unknown = [];
    for (let i = 0; i < 100_000; i++) nested = [nested];
    const error = (await errorOf(() => parseBackup({ ...file, settings: [{ key: nested, value: 1 }] }, TODAY))) as ValidationError;
    expect([error.field, error.code]).toEqual(['settings[0].key', 'not_one_of']);
  });
});
