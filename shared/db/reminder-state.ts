/**
 * What the user did with each reminder (shown, snoozed until a day, dismissed), so that a
 * reminder is not raised again on every launch.
 */
import type { IsoDate } from '../rules/dates';
import { nowTimestamp } from '../clock/timestamp';
import type { SimKeeperDb } from './db';
import { requireSim } from './sims';
import type { ReminderStateRecord, ReminderStatus } from './types';
import { validateReminderState } from './validate';

/**
 * Records a reminder's state. `simId` is '' for an app-wide reminder (e.g. backup); otherwise the
 * SIM must exist, so that deleting the SIM deletes the state too. `until` only with 'snoozed'.
 */
export async function markReminder(
  db: SimKeeperDb, id: string, simId: string, status: ReminderStatus, until?: IsoDate,
): Promise<ReminderStateRecord> {
  const record = validateReminderState({ id, simId, status, until, at: nowTimestamp() });
  await db.transaction('rw', db.sims, db.reminders, async () => {
    if (simId !== '') await requireSim(db, simId);
    await db.reminders.put(record);
  });
  return record;
}

export async function getReminderState(db: SimKeeperDb, id: string): Promise<ReminderStateRecord | undefined> {
  return db.reminders.get(id);
}

export async function reminderStates(db: SimKeeperDb): Promise<ReminderStateRecord[]> {
  return db.reminders.toArray();
}

/** Forgets a reminder's state, so that it may be raised again (e.g. "undo dismiss"). */
export async function clearReminder(db: SimKeeperDb, id: string): Promise<void> {
  await db.transaction('rw', db.reminders, async () => {
    await db.reminders.delete(id);
  });
}
