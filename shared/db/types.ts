/**
 * What the store holds. Money is integer paise and dates are 'YYYY-MM-DD', exactly as the rules
 * (shared/rules) take them, so a record can go to the projection without conversion.
 */
import type { IsoDate } from '../rules/dates';
import type { Connection, Policy, SimEvent } from '../rules/types';

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
  /** ISO timestamps (instants, not calendar dates). */
  createdAt: string;
  updatedAt: string;
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
  id: string;
  simId: string;
  source: EventSource;
  /** Monotonic insertion order across the store: same-date events apply in the order recorded. */
  seq: number;
  note?: string;
}

export type EventRecord = SimEvent & EventMeta;

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

/** What deleteSim removed, so that restoreSim can put it all back. */
export interface DeletedSim {
  sim: SimRecord;
  events: EventRecord[];
  reminders: ReminderStateRecord[];
}
