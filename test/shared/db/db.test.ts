import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DB_NAME, openSimKeeperDb } from '../../../shared/db/db';

describe('openSimKeeperDb', () => {
  it("is named 'sim-keeper' unless told otherwise", () => {
    const db = openSimKeeperDb();
    expect(db.name).toBe(DEFAULT_DB_NAME);
    expect(DEFAULT_DB_NAME).toBe('sim-keeper');
    db.close();
  });

  it('opens a new database straight at version 4 with every table and index', async () => {
    const db = openSimKeeperDb(`fresh-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['eventMonths', 'reminders', 'settings', 'sims', 'summaries']);
    expect(db.eventMonths.schema.primKey.name).toBe('[simId+month]');
    expect(db.eventMonths.schema.indexes.map((i) => `${i.name}${i.multi ? ' (multi)' : ''}`)).toEqual([]) // no index on event ids since v4 (schema.ts);
    expect(db.summaries.schema.primKey.name).toBe('simId');
    expect(db.reminders.schema.indexes.map((i) => i.name)).toEqual(['simId']);
    expect(db.settings.schema.primKey.name).toBe('key');
    db.close();
  });

  it('keeps databases of different names apart', async () => {
    const a = openSimKeeperDb(`a-${crypto.randomUUID()}`);
    const b = openSimKeeperDb(`b-${crypto.randomUUID()}`);
    await a.settings.put({ key: 'onboarded', value: true });
    expect(await b.settings.count()).toBe(0);
    a.close();
    b.close();
  });
});
