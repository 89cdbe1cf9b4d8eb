/**
 * Hostile backup files (issue 11, section 3): whatever a file holds, a restore either refuses it
 * with a clear message (a ValidationError with a known code, words in i18n, the path of the bad
 * value) and leaves the store exactly as it was, or writes it whole. Each property starts from a
 * valid file of another device's store, so that a file let through would change the store.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyImport, backupToJson, exportBackup, previewImport, type Backup } from '../../../shared/db/backup';
import type { SimKeeperDb } from '../../../shared/db/db';
import { addEvent, allEvents } from '../../../shared/db/events';
import { setSetting } from '../../../shared/db/settings';
import { addSim } from '../../../shared/db/sims';
import { ValidationError } from '../../../shared/db/validation-error';
import { en } from '../../../shared/i18n/en';
import { ERROR_CODES } from '../../../shared/validation/error-codes';
import { TODAY, errorOf, freshDb, simInput, storeSnapshot } from './helpers';

const RUNS = { numRuns: 60 };

/** A store with two SIMs and a few events of each kind that carries text, dates and money. */
async function populated(label: string): Promise<SimKeeperDb> {
  const db = freshDb();
  const jio = await addSim(db, simInput({ label }), TODAY);
  const vi = await addSim(db, simInput({ label: `${label} 2`, number: '7000000003', operator: 'vi' }), TODAY);
  await addEvent(db, { simId: jio.id, type: 'recharge', date: '2026-02-01', amount: 29900, voucher: 'plan', validityDays: 28, note: 'plan' }, TODAY);
  await addEvent(db, { simId: jio.id, type: 'activity', date: '2026-03-01', kind: 'call_out' }, TODAY);
  await addEvent(db, { simId: vi.id, type: 'balance', date: '2026-03-01', amount: 4500 }, TODAY);
  await setSetting(db, 'leadDays', [10, 2]);
  return db;
}

/** The store's user tables, and also each SIM's summary: a refused file must leave those alone too. */
async function snapshot(db: SimKeeperDb) {
  return { ...(await storeSnapshot(db)), summaries: (await db.summaries.toArray()).sort((a, b) => a.simId.localeCompare(b.simId)) };
}

let target: SimKeeperDb;
let before: Awaited<ReturnType<typeof snapshot>>;
/** Another device's valid backup, as text: each case edits a copy. */
let validText: string;
const fresh = (): Backup => JSON.parse(validText) as Backup;

beforeAll(async () => {
  target = await populated('On this phone');
  before = await snapshot(target);
  validText = backupToJson(await exportBackup(await populated('From the other phone')));
});

/** The file is refused by preview and by restore, clearly, and the store is as it was. */
async function expectRefused(file: unknown): Promise<ValidationError> {
  for (const attempt of [() => previewImport(target, file, TODAY), () => applyImport(target, file, TODAY)]) {
    const error = await errorOf(attempt);
    if (!(error instanceof ValidationError)) throw new Error(`not refused clearly: ${String(error)}`);
    expect(ERROR_CODES).toContain(error.code);
    expect(en[`err.${error.code}`]).toBeTruthy();
    expect(error.message).not.toMatch(/call stack|undefined|\[object/);
  }
  expect(await snapshot(target)).toEqual(before);
  return (await errorOf(() => applyImport(target, file, TODAY))) as ValidationError;
}

/** The valid file as text, with one value replaced by raw JSON text (which JSON.stringify could not write). */
function withRawValue(edit: (file: Backup, placeholder: string) => void, raw: string): string {
  const file = fresh();
  const placeholder = `@@RAW-${Math.random()}@@`;
  edit(file, placeholder);
  return JSON.stringify(file).replace(JSON.stringify(placeholder), raw);
}

type Table = 'sims' | 'events';
const SIM_TEXT_FIELDS = ['id', 'label', 'number', 'operator', 'circle', 'connection', 'since', 'colour', 'createdAt', 'updatedAt'] as const;
const EVENT_TEXT_FIELDS = ['id', 'simId', 'type', 'date', 'source', 'updatedAt'] as const;
/** A record's field, by table, record and field index (taken modulo their lengths). */
const aField = fc.record({ table: fc.constantFrom<Table>('sims', 'events'), index: fc.nat(), field: fc.nat() });
function place(file: Backup, at: { table: Table; index: number; field: number }): { record: Record<string, unknown>; key: string } {
  const rows = file[at.table] as unknown as Record<string, unknown>[];
  const fields = at.table === 'sims' ? SIM_TEXT_FIELDS : EVENT_TEXT_FIELDS;
  return { record: rows[at.index % rows.length]!, key: fields[at.field % fields.length]! };
}

describe('a hostile backup file', () => {
  it('is refused by its size alone when over 50 MB, quickly, and nothing changes', async () => {
    const huge = withRawValue((file, placeholder) => { file.sims[0]!.label = placeholder; }, JSON.stringify('x'.repeat(50 * 1024 * 1024)));
    const started = performance.now();
    const error = await expectRefused(huge);
    expect([error.field, error.code]).toEqual(['file', 'file_too_large']);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('is refused when nested deeply anywhere, without overflowing the stack', async () => {
    await fc.assert(fc.asyncProperty(aField, fc.integer({ min: 1, max: 100_000 }), fc.boolean(), async (at, depth, arrays) => {
      const [open, close] = arrays ? ['[', ']'] : ['{"a":', '}'];
      const text = withRawValue((file, placeholder) => { const { record, key } = place(file, at); record[key] = placeholder; },
        `${open.repeat(depth)}1${close.repeat(depth)}`);
      await expectRefused(text);
    }), { numRuns: 25 });
  });

  it('is refused when a field has the wrong type, naming the field', async () => {
    const notText = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }));
    await fc.assert(fc.asyncProperty(aField, notText, async (at, value) => {
      const file = fresh();
      const { record, key } = place(file, at);
      record[key] = value;
      const error = await expectRefused(file);
      expect(error.field).toMatch(new RegExp(`^${at.table}\\[\\d+\\]\\.${key}`));
    }), RUNS);
  });

  it('is refused when its header or a table has the wrong type', async () => {
    const key = fc.constantFrom('format', 'version', 'exportedAt', 'sims', 'events', 'reminders', 'settings');
    await fc.assert(fc.asyncProperty(key, fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 })), async (field, value) => {
      fc.pre(!(field === 'version' && (value === 1 || value === 2)));
      const file = fresh() as unknown as Record<string, unknown>;
      file[field] = value;
      await expectRefused(file);
    }), RUNS);
  });

  it('is refused when script stands where a number, a date, a kind or an id of another record belongs', async () => {
    const script = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><svg onload=alert(1)>', '${alert(1)}');
    await fc.assert(fc.asyncProperty(aField, script, async (at, value) => {
      const file = fresh();
      const { record, key } = place(file, at);
      fc.pre(key !== 'id' && key !== 'label' && key !== 'circle'); // free text: see the next test
      record[key] = value;
      await expectRefused(file);
    }), RUNS);
  });

  it('keeps script in free text (a label, a note) as the very characters, never as markup', async () => {
    // Text is text: the app renders it through Preact, which escapes it, and the CSP forbids inline script.
    const db = freshDb();
    const file = fresh();
    file.sims[0]!.label = '<script>alert(1)</script>';
    (file.events[0] as { note?: string }).note = '<img src=x onerror=alert(1)>';
    await applyImport(db, file, TODAY);
    expect((await db.sims.get(file.sims[0]!.id))?.label).toBe('<script>alert(1)</script>');
    expect((await allEvents(db)).find((event) => event.id === file.events[0]!.id)?.note).toBe('<img src=x onerror=alert(1)>');
  });

  it('is refused when it carries a __proto__, constructor or prototype key anywhere, even spelt with escapes', async () => {
    const where = fc.constantFrom('file', 'sim', 'policy', 'event', 'setting', 'reminders');
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype');
    await fc.assert(fc.asyncProperty(where, key, fc.boolean(), async (at, hostile, escaped) => {
      const file = fresh();
      const holder: Record<string, unknown> = at === 'file' ? file as unknown as Record<string, unknown>
        : at === 'sim' ? file.sims[1] as unknown as Record<string, unknown>
          : at === 'policy' ? file.sims[0]!.policy as unknown as Record<string, unknown>
            : at === 'event' ? file.events[1] as unknown as Record<string, unknown>
              : at === 'setting' ? file.settings[0] as unknown as Record<string, unknown>
                : (() => { const reminder = {} as Record<string, unknown>; (file.reminders as unknown[]).push(reminder); return reminder; })();
      Object.defineProperty(holder, hostile, { value: { polluted: 'yes', nonUsageDays: 1, isAdmin: true }, enumerable: true, configurable: true, writable: true });
      let text = JSON.stringify(file);
      if (escaped) text = text.replace(`"${hostile}"`, `"\\u00${hostile.charCodeAt(0).toString(16)}${hostile.slice(1)}"`);
      const error = await expectRefused(text);
      expect([error.field.endsWith(hostile), error.code]).toEqual([true, 'unknown_field']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('isAdmin');
    }), RUNS);
  });

  it('is refused when a date or a time does not exist or is out of bounds', async () => {
    const impossibleDay = fc.record({ year: fc.integer({ min: 2000, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 29, max: 31 }) })
      .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day)
      .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${day}`);
    const badDay = fc.oneof(impossibleDay, fc.constantFrom('2026-13-01', '2026-00-10', '0000-00-00', '1999-12-31', '10000-01-01', '2026-1-1', '26-03-01', '2026/03/01', ''));
    const dateFields = fc.constantFrom(['sims', 'since'], ['events', 'date'], ['sims', 'createdAt'], ['sims', 'updatedAt'], ['events', 'updatedAt'], ['file', 'exportedAt']);
    await fc.assert(fc.asyncProperty(dateFields, badDay, fc.nat(), async ([table, key], day, index) => {
      const file = fresh();
      const value = key === 'since' || key === 'date' ? day : `${day}T10:00:00.000Z`;
      if (table === 'file') file.exportedAt = value;
      else { const rows = file[table as Table] as unknown as Record<string, unknown>[]; rows[index % rows.length]![key!] = value; }
      await expectRefused(file);
    }), RUNS);
  });

  it('is refused when it says it was made in the future, which would silence the backup reminder', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 2, max: 2_900_000 }), async (daysAhead) => {
      const file = fresh();
      file.exportedAt = new Date(Math.min(Date.now() + daysAhead * 86_400_000, Date.parse('9999-12-31T23:59:59.999Z'))).toISOString();
      const error = await expectRefused(file);
      expect([error.field, error.code]).toEqual(['exportedAt', 'exported_later']);
    }), RUNS);
  });

  it('is refused when a SIM, an event or a setting appears twice, even with other contents', async () => {
    const which = fc.constantFrom('sims', 'events', 'settings');
    await fc.assert(fc.asyncProperty(which, fc.nat(), fc.string({ maxLength: 20 }), async (table, index, label) => {
      const file = fresh();
      const rows = file[table as 'sims'] as unknown as Record<string, unknown>[];
      const copy = { ...rows[index % rows.length]! };
      if (table === 'sims') copy.label = `${label} copy`;
      if (table === 'events') copy.note = label;
      rows.splice(index % (rows.length + 1), 0, copy);
      const error = await expectRefused(file);
      expect(error.code).toBe('duplicate_id');
    }), RUNS);
  });
});
