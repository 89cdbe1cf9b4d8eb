/**
 * What the store holds. Money is integer paise and dates are 'YYYY-MM-DD', exactly as the rules
 * (shared/rules) take them, so a record can go to the projection without conversion.
 */
import type { IsoDate } from '../rules/dates';
import type { Connection, Policy, Projection, SimEvent } from '../rules/types';

/** Same list as OperatorId in shared/rules/presets.ts; repeated so the store does not depend on presets. */
export const OPERATORS = ['jio', 'airtel', 'vi', 'bsnl', 'mtnl', 'other'] as const;
export type Operator = (typeof OPERATORS)[number];

export const CONNECTIONS: readonly Connection[] = ['prepaid', 'postpaid'];

export interface SimRecord {
  /** crypto.randomUUID(): stable across devices, so a backup merges by id. */
  id: string;
  label: string;
  /** Normalised: 10 digits, starting 6-9 (see phone-number.ts). */
  number: string;
  operator: Operator;
  /** Telecom circle, e.g. 'Delhi'; '' when the user did not say. */
  circle: string;
  connection: Connection;
  since: IsoDate;
  /** The full policy, in paise, so a later change of preset never rewrites a SIM's history. */
  policy: Policy;
  /** CSS hex colour, '#rrggbb', lower case. */
  colour: string;
  /** ISO timestamps (instants, not calendar dates). updatedAt decides merges (merge.ts). */
  createdAt: string;
  updatedAt: string;
  /** A tombstone: the SIM was deleted. Kept (and exported, and synced) so that a merge with an older copy does not bring it back; never shown. */
  deleted?: true;
}

/** What the user supplies for a new SIM; the store fills in id, timestamps and (if missing) colour. */
export interface SimInput {
  label: string;
  number: string;
  operator: Operator;
  circle?: string;
  connection: Connection;
  since: IsoDate;
  policy: Policy;
  colour?: string;
}

export const EVENT_SOURCES = ['manual', 'sms', 'extension', 'import', 'sample'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

interface EventMeta {
  /** crypto.randomUUID(): unique across devices. */
  id: string;
  simId: string;
  source: EventSource;
  /**
   * The order recorded, a Lamport counter per SIM: a new event takes one more than the highest seq
   * its SIM has seen, merged ones included. Two devices may hand out the same number; the id
   * settles that tie the same way everywhere (event-sort.ts), so (date, seq, id) never collides.
   */
  seq: number;
  note?: string;
}

/** An event's own content and metadata, as validate.ts checks it: the record without its sync fields. */
export type EventContent = SimEvent & EventMeta;

/** What merges need on every SIM and event (merge.ts). */
export interface SyncFields {
  /** ISO timestamp of the last change (a deletion is a change). */
  updatedAt: string;
  /** A tombstone: kept, exported and synced, never shown. */
  deleted?: true;
}

export type EventRecord = EventContent & SyncFields;

/** What the user supplies for a new event; source defaults to 'manual'. */
export type EventInput = SimEvent & { simId: string; source?: EventSource; note?: string };

/** An edit to an event: fields given replace the stored ones (undefined removes an optional field). */
export type EventChanges = Partial<EventInput>;

export const REMINDER_STATUSES = ['shown', 'snoozed', 'dismissed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

export interface ReminderStateRecord {
  /** The caller's reminder id; make it unique per SIM (the rules' ids name only kind, date, lead). */
  id: string;
  /** The SIM it belongs to, or '' for an app-wide reminder such as "make a backup". */
  simId: string;
  status: ReminderStatus;
  /** For 'snoozed': the day it may show again. */
  until?: IsoDate;
  /** ISO timestamp of the last change. */
  at: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type Language = 'en' | 'hi';
export type Theme = 'system' | 'light' | 'dark';

/** The settings the app knows, with their types. Stored one record per key. */
export interface Settings {
  language: Language;
  theme: Theme;
  /** Days before a deadline to remind, largest first. */
  leadDays: number[];
  backupReminder: boolean;
  /** ISO timestamp of the last backup export, or null if never. */
  lastBackupAt: string | null;
  onboarded: boolean;
}

export type SettingKey = keyof Settings;

/** What deleteSim removed (the SIM as it was before its tombstone), so that restoreSim can put it all back. */
export interface DeletedSim {
  sim: SimRecord;
  events: EventRecord[];
  reminders: ReminderStateRecord[];
}

/**
 * A month of one SIM's events, tombstones included: the unit the store reads and writes events in
 * (event-months.ts says why). Key [simId+month]; no index on the event ids since version 4 (schema.ts).
 */
export interface EventMonthRecord {
  simId: string;
  /** 'YYYY-MM' of the events' dates. */
  month: string;
  events: EventRecord[];
}

/**
 * What home shows for one SIM, kept up to date in the transaction of every write to the SIM or its
 * events (summaries.ts), so that home's first render reads one record per SIM, not its events.
 */
export interface SimSummaryRecord {
  simId: string;
  /** The day the projections were made for: they hold from here to `horizonEnds`. */
  projectedOn: IsoDate;
  horizonEnds: IsoDate;
  /** The projection on each day of the horizon, one entry per change: the last `from` <= today holds. */
  segments: { from: IsoDate; projection: Projection }[];
  /** Events (not tombstones), for the screens that only need to know whether there are any. */
  eventCount: number;
}
