/**
 * The database: one Dexie instance per name. The app uses the default name; tests pass a unique
 * name each so that they never share state.
 */
import { Dexie, type EntityTable } from 'dexie';
import { declareSchema } from './schema';
import type { EventRecord, ReminderStateRecord, SettingRecord, SimRecord } from './types';

export const DEFAULT_DB_NAME = 'sim-keeper';

export class SimKeeperDb extends Dexie {
  sims!: EntityTable<SimRecord, 'id'>;
  events!: EntityTable<EventRecord, 'id'>;
  reminders!: EntityTable<ReminderStateRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string) {
    super(name);
    declareSchema(this);
  }
}

/** Opens (lazily, on first use) the store with every schema version declared. */
export function openSimKeeperDb(name: string = DEFAULT_DB_NAME): SimKeeperDb {
  return new SimKeeperDb(name);
}
