/**
 * The database: one Dexie instance per name. The app uses the default name; tests pass a unique
 * name each so that they never share state.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import { declareSchema } from './schema';
import type { EventMonthRecord, ReminderStateRecord, SettingRecord, SimRecord, SimSummaryRecord } from './types';

export const DEFAULT_DB_NAME = 'sim-keeper';

export class SimKeeperDb extends Dexie {
  sims!: EntityTable<SimRecord, 'id'>;
  eventMonths!: Table<EventMonthRecord, [string, string]>;
  summaries!: EntityTable<SimSummaryRecord, 'simId'>;
  reminders!: EntityTable<ReminderStateRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string) {
    super(name);
    declareSchema(this);
  }

  /** Every table events live in, for a transaction that reads or writes events. */
  get eventTables() {
    return [this.sims, this.eventMonths, this.summaries];
  }
}

/** Opens (lazily, on first use) the store with every schema version declared. */
export function openSimKeeperDb(name: string = DEFAULT_DB_NAME): SimKeeperDb {
  return new SimKeeperDb(name);
}
