/**
 * What the confirm screen shows for a paste or a share (issue 9, section 2): each message read on
 * its own, the SIM it is about, and the events it proposes as editable log-form values. Pure: the
 * screen holds these in its state, and nothing is written until the user says yes.
 */
import { NOTE_MAX, type EventInput, type EventRecord, type SimRecord } from '../../db';
import type { IsoDate } from '../../rules/dates';
import type { SimEvent } from '../../rules/types';
import { eventsFromSms, parseSms, type SmsReading } from '../../sms';
import { eventFormOf, eventInputOf, type EventFormValues } from '../forms/event-form';
import type { FieldErrors } from '../forms/field-error';
import { matchSim, type SimMatch } from './match-sim';
import { splitThread } from './split-thread';

export interface ReviewEvent {
  values: EventFormValues;
  /** Fields the message did not state (eventsFromSms): the screen asks the user to check them. */
  unsure: string[];
  /** Ticked to save; the user may untick any. */
  include: boolean;
}

export interface ReviewItem {
  text: string;
  reading: SmsReading;
  match: SimMatch;
  /** The SIM chosen for it: the match, until the user picks another. */
  simId: string | null;
  events: ReviewEvent[];
}

/** Each message of a paste or share, read with today as its received day (a paste carries no date). */
export function reviewOf(text: string, sims: readonly SimRecord[], today: IsoDate, fromSimId: string | null): ReviewItem[] {
  return splitThread(text).map((message) => {
    const reading = parseSms({ text: message, received: today });
    const match = matchSim(reading, sims, fromSimId);
    const sim = sims.find((s) => s.id === match.simId);
    const events = eventsFromSms(reading).map(({ event, unsure }) => ({
      values: formValuesOf(event, sim), unsure, include: true,
    }));
    return { text: message, reading, match, simId: match.simId, events };
  });
}

/** A proposed event as the log form's values (money as rupee text, dates as they are). */
export function formValuesOf(event: SimEvent, sim: Pick<SimRecord, 'policy'> | undefined): EventFormValues {
  // eventFormOf reads only the event's own fields and note; the policy gives defaults for fields the event lacks.
  const record = { ...event, id: '', simId: '', source: 'sms', seq: 0, updatedAt: '' } as EventRecord;
  return eventFormOf(record, sim?.policy ?? DEFAULT_POLICY_FOR_FORM);
}

/** The form's defaults need only these two figures of a policy: the regulation's ceilings (regs 12, 13). */
const DEFAULT_POLICY_FOR_FORM = { anrCharge: 2000, safeCustodyCharge: 15000 } as Parameters<typeof eventFormOf>[1];

/**
 * The message's text as a note, within the store's length limit (NOTE_MAX letters): the text is
 * cut with an ellipsis rather than refused, since the figures are saved in the event itself.
 */
export function noteOf(text: string): string {
  const letters = typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? Array.from(new Intl.Segmenter().segment(text.trim()), (s) => s.segment)
    : Array.from(text.trim());
  return letters.length <= NOTE_MAX ? letters.join('') : `${letters.slice(0, NOTE_MAX - 1).join('')}…`;
}

/**
 * The store inputs of one message's ticked events, marked as from an SMS; its text goes into the
 * first event's note only when the user asked to keep it. Errors are per event, by index.
 */
export function inputsOf(item: ReviewItem, keepText: boolean): { inputs: { index: number; input: EventInput }[]; errors: Map<number, FieldErrors> } {
  const inputs: { index: number; input: EventInput }[] = [];
  const errors = new Map<number, FieldErrors>();
  if (item.simId === null) return { inputs, errors };
  item.events.forEach((event, index) => {
    if (!event.include) return;
    const parsed = eventInputOf(event.values, item.simId!);
    if (!parsed.ok) {
      errors.set(index, parsed.errors);
      return;
    }
    const input: EventInput = { ...parsed.value, source: 'sms' };
    if (keepText && inputs.length === 0) input.note = noteOf(item.text);
    inputs.push({ index, input });
  });
  return { inputs, errors };
}
