/**
 * The database: one Dexie instance per name. The app uses the default name; tests pass a unique
 * name each so that they never share state.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import { DEFAULT_DB_NAME } from './db-name';
import { declareSchema } from './schema';
import type { EventMonthRecord, ReminderStateRecord, SettingRecord, SimRecord, SimSummaryRecord } from './types';

export { DEFAULT_DB_NAME };

export class SimKeeperDb extends Dexie {
  sims!: EntityTable<SimRecord, 'id'>;
  eventMonths!: Table<EventMonthRecord, [string, string]>;
  summaries!: EntityTable<SimSummaryRecord, 'simId'>;
  reminders!: EntityTable<ReminderStateRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string) {
    super(name);
    declareSchema(this);
    retryWhenClosed(this);
  }

  /** Opens the database again after the browser (or a close()) shut it. */
  async reopen(): Promise<void> {
    if (this.isOpen()) return;
    await this.open();
  }

  /** Every table events live in, for a transaction that reads or writes events. */
  get eventTables() {
    return [this.sims, this.eventMonths, this.summaries];
  }
}

/**
 * Makes db.transaction run its scope again, once, on a reopened database when the browser closed
 * the database under it (storage cleared in DevTools, the disk gone, a crash of the storage
 * process: IndexedDB's "close" event). The first run was rolled back whole, so running it again
 * writes it once. Only an outermost transaction retries: a nested one belongs to its parent's run.
 * Reads outside a transaction need nothing: after the close event Dexie opens again on next use.
 */
function retryWhenClosed(db: SimKeeperDb): void {
  const transaction = Dexie.prototype.transaction as (...args: unknown[]) => Promise<unknown>;
  const wrapped = (...args: unknown[]) => {
    const run = () => transaction.apply(db, args);
    if (Dexie.currentTransaction) return run();
    return run().catch(async (error: unknown) => {
      if (!isDatabaseClosed(error)) throw error;
      await db.reopen();
      return run();
    });
  };
  (db as unknown as { transaction: unknown }).transaction = wrapped;
}

/**
 * The database was closed under the caller: Dexie's DatabaseClosedError, or the browser's own
 * InvalidStateError / AbortError for a transaction begun or running as the connection closed.
 */
export function isDatabaseClosed(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  return name === 'DatabaseClosedError' || name === 'InvalidStateError' || inner === 'DatabaseClosedError' || inner === 'InvalidStateError'
    || (name === 'AbortError' && /clos/i.test(String((error as { message?: unknown }).message)));
}

/**
 * The device's storage is full (the browser's quota for the site is reached): the write was
 * refused whole, nothing is lost, and the user must be told rather than shown a stack trace.
 */
export function isStorageFull(error: unknown): boolean {
  for (let at = error as { name?: unknown; inner?: unknown } | null | undefined, depth = 0; at && depth < 5; at = at.inner as typeof at, depth++) {
    if (at.name === 'QuotaExceededError') return true;
  }
  return false;
}

/** Opens (lazily, on first use) the store with every schema version declared. */
export function openSimKeeperDb(name: string = DEFAULT_DB_NAME): SimKeeperDb {
  return new SimKeeperDb(name);
}
