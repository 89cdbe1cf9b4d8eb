/**
 * Events for several SIMs written together, all or nothing: an operator that closes its services
 * closes every SIM of the user's on it at once (closure.ts), and a closure on one SIM and not its
 * twin would be a half-told story. Every event is checked before anything is written; each SIM's
 * events take the next seqs of that SIM, and each SIM's summary is rewritten in the same transaction.
 */
import type { IsoDate } from '../rules/dates';
import { nowTimestamp } from '../clock/timestamp';
import { collectErrors } from '../validation/collect-errors';
import { underPath } from '../validation/validation-error';
import type { SimKeeperDb } from './db';
import { simEventsWithTombstones, writeSimEvents } from './event-months';
import { storeSummary } from './summaries';
import { requireSim } from './sims';
import type { EventInput, EventRecord } from './types';
import { eventRecordOf, validateEventInput } from './validate';

/**
 * Adds every event of `inputs` (any SIMs) in one transaction, or none: the problems of all of them
 * (named 'events[1].amount') are thrown together before anything is written, and a SIM missing
 * inside the transaction undoes the others.
 */
export async function addEventsTogether(db: SimKeeperDb, inputs: readonly EventInput[], today: IsoDate): Promise<EventRecord[]> {
  const errors = collectErrors();
  const checked = inputs.map((input, i) => errors.check(() => underPath(`events[${i}]`, () => validateEventInput(input, today))));
  errors.done();
  return db.transaction('rw', db.eventTables, async () => {
    const now = nowTimestamp();
    const written: EventRecord[] = [];
    for (const simId of new Set(checked.map((fields) => fields.simId))) {
      const sim = await requireSim(db, simId);
      let seq = (await simEventsWithTombstones(db, simId)).reduce((max, event) => Math.max(max, event.seq), 0);
      const records = checked.filter((fields) => fields.simId === simId)
        .map((fields): EventRecord => ({ ...eventRecordOf(fields, crypto.randomUUID(), ++seq), updatedAt: now }));
      await storeSummary(db, sim, await writeSimEvents(db, simId, records), today);
      written.push(...records);
    }
    return written;
  });
}
