/**
 * Home's first read without Dexie (issue 11): the SIMs, their summaries and the settings, read
 * with IndexedDB itself, so that the first load need not carry Dexie (about half of it) and home
 * renders before the store's code arrives. Dexie and every write come after, in a chunk of their
 * own (AppProvider.tsx).
 *
 * No database yet (first use) is an empty store: no SIMs, default settings, what Dexie would read
 * from the one it creates; opening would create one at version 1, so the creation is aborted and
 * Dexie makes it later as it always does. Otherwise it reads only a database Dexie has made at the
 * current schema version, whose summaries all cover today; for anything else it answers null and
 * the caller reads through Dexie, which upgrades and repairs:
 * - an older version: Dexie must run its upgrades (schema.ts) before anyone reads;
 * - a newer one (a later build ran here): its stores may differ from these;
 * - a SIM without a summary for today: Dexie reads its events and writes the summary again.
 */
import type { IsoDate } from '../rules/dates';
import type { Projection } from '../rules/types';
import { SCHEMA_VERSION } from './schema';
import { defaultSettings, settingsFrom } from './settings';
import { compareSims } from './sims-order';
import { projectionFromSummary } from './summaries';
import type { SettingRecord, Settings, SimRecord, SimSummaryRecord } from './types';

export interface FirstLook {
  settings: Settings;
  /** Whether the user has chosen a language (else the browser's decides). */
  languageChosen: boolean;
  /** The live SIMs in the order they were added. */
  sims: SimRecord[];
  /** Each SIM's projection for `today`, from its summary. */
  projections: Map<string, Projection>;
}

/** The stores read; Dexie's IndexedDB version is its declared version x 10 (x 10 + 1 after it patched a schema). */
const STORES = ['sims', 'summaries', 'settings'] as const;
const LOWEST = SCHEMA_VERSION * 10;
const HIGHEST = LOWEST + 9;

/**
 * Opens the database as it is; 'none' when it does not exist (its creation is aborted), null when
 * it is another version or busy with another tab's upgrade.
 */
function openExisting(name: string): Promise<IDBDatabase | 'none' | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      // Only a database that does not exist asks to upgrade an open without a version.
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      if (request.error?.name !== 'AbortError') return reject(request.error);
      event.preventDefault();
      resolve('none');
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      const current = db.version >= LOWEST && db.version <= HIGHEST && STORES.every((store) => db.objectStoreNames.contains(store));
      if (current) return resolve(db);
      db.close();
      resolve(null);
    };
  });
}

function all<T>(store: IDBObjectStore): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const request = store.getAll();
    request.onsuccess = () => resolve(request.result as T[]);
    request.onerror = () => reject(request.error);
  });
}

/** The three stores in one read-only transaction, so they agree with each other. */
async function readStores(db: IDBDatabase): Promise<{ sims: SimRecord[]; summaries: SimSummaryRecord[]; settings: SettingRecord[] }> {
  const tx = db.transaction([...STORES], 'readonly');
  const [sims, summaries, settings] = await Promise.all([
    all<SimRecord>(tx.objectStore('sims')), all<SimSummaryRecord>(tx.objectStore('summaries')), all<SettingRecord>(tx.objectStore('settings')),
  ]);
  return { sims, summaries, settings };
}

/** What home shows, read without Dexie; null when Dexie must read it (see above). */
export async function firstLook(name: string, today: IsoDate): Promise<FirstLook | null> {
  if (typeof indexedDB === 'undefined') return null;
  const db = await openExisting(name);
  if (db === 'none') return { settings: defaultSettings(), languageChosen: false, sims: [], projections: new Map() };
  if (!db) return null;
  try {
    const read = await readStores(db);
    const summaries = new Map(read.summaries.map((summary) => [summary.simId, summary]));
    const sims = read.sims.filter((sim) => !sim.deleted).sort(compareSims);
    const projections = new Map<string, Projection>();
    for (const sim of sims) {
      const projection = projectionFromSummary(summaries.get(sim.id), today);
      if (!projection) return null;
      projections.set(sim.id, projection);
    }
    return {
      settings: settingsFrom(read.settings),
      languageChosen: read.settings.some((record) => record.key === 'language'),
      sims,
      projections,
    };
  } finally {
    // Never hold a connection: it would block Dexie's (or another tab's) upgrade.
    db.close();
  }
}
