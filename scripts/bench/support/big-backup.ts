/**
 * A large, valid backup file (shared/db/BACKUP-FORMAT.md) for the bench: by default 20 SIMs with
 * 5,000 events each over the five years up to `today` (about 2.7 events a day per SIM).
 *
 * Deterministic: a seeded PRNG, so the same `today` gives the same file byte for byte. Mostly
 * activity of assorted kinds; a recharge every 28 days (an advance-rent payment for the two postpaid
 * SIMs), a balance check now and then, an ANR-deduction SMS or a note once in a while, and on every
 * fifth SIM two deactivations each followed by a reactivation. Money is paise; every date is on or
 * before `today`. Events are in apply order (date, then seq), as exportBackup writes them.
 *
 * Not a bench section: it lives in support/, which the runner does not scan.
 */
import type { EventRecord, Operator, SimRecord } from '../../../shared/db';
import { backupToJson, type Backup } from '../../../shared/db/backup';
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from '../../../shared/rules/dates';
import { presetFor } from '../../../shared/rules/presets';
import type { ActivityKind, SimEvent, VoucherKind } from '../../../shared/rules/types';
import { prng } from './prng';

export interface BigBackupOptions {
  today: IsoDate;
  sims?: number;
  eventsPerSim?: number;
  years?: number;
  seed?: number;
}

const OPERATORS: Operator[] = ['jio', 'airtel', 'vi', 'bsnl', 'jio', 'airtel', 'mtnl'];
const CIRCLES = ['Delhi', 'Mumbai', 'Karnataka', 'Kerala', 'Tamil Nadu', 'UP East', ''];
const KINDS: ActivityKind[] = ['call_out', 'call_out', 'call_in', 'call_in', 'sms_out', 'sms_in', 'sms_in', 'data', 'data', 'data', 'video_out', 'vas'];
const VOUCHERS: VoucherKind[] = ['plan', 'plan', 'combo', 'topup', 'stv'];
const PRICES = [15_500, 17_900, 19_900, 23_900, 29_900, 34_900, 71_900]; // paise
const NOTES = ['Rs 299 plan, 28 days', 'SMS from the operator', 'Called home', 'Balance from *123#'];

export function makeBigBackup(options: BigBackupOptions): Backup {
  const { today, sims: simCount = 20, eventsPerSim = 5000, years = 5, seed = 0x5eed_2012 } = options;
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

  const todayDay = toDayNumber(today);
  const days = years * 365 + Math.floor(years / 4);
  const first = todayDay - days + 1;
  const stamp = (date: IsoDate) => `${date}T06:30:00.000Z`;

  const sims: SimRecord[] = [];
  // One list per day, so events come out in date order and seq rises with it across the store.
  const perDay: { sim: number; event: SimEvent; note?: string }[][] = Array.from({ length: days }, () => []);
  for (let s = 0; s < simCount; s++) {
    const operator = OPERATORS[s % OPERATORS.length]!;
    const connection = s % 10 === 9 ? 'postpaid' : 'prepaid';
    const since = addDays(fromDayNumber(first), -Math.floor(rand() * 400));
    sims.push({
      id: uuid(), label: `${presetFor(operator).name} ${String(s + 1).padStart(2, '0')}`,
      number: `${6 + (s % 4)}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`,
      operator, circle: pick(CIRCLES), connection, since, policy: presetFor(operator).policy,
      colour: `#${hex(6)}`, createdAt: stamp(since), updatedAt: stamp(since),
    });
    const voucher = pick(VOUCHERS);
    const price = pick(PRICES);
    const rechargeOffset = Math.floor(rand() * 28);
    const outages = s % 5 === 4 ? [Math.floor(days * 0.3), Math.floor(days * 0.7)] : [];
    let lastDay = -1;
    for (let i = 0; i < eventsPerSim; i++) {
      const d = Math.floor((i * days) / eventsPerSim);
      const firstOfDay = d !== lastDay;
      lastDay = d;
      const date = fromDayNumber(first + d);
      const r = rand();
      let event: SimEvent;
      if (firstOfDay && outages.includes(d)) event = { type: 'deactivated', date };
      else if (firstOfDay && outages.includes(d - 1)) event = { type: 'reactivated', date, fee: 2000 };
      else if (firstOfDay && d % 28 === rechargeOffset) {
        event = connection === 'postpaid'
          ? { type: 'advance_rent', date, through: addDays(date, 30) }
          : voucher === 'combo'
            ? { type: 'recharge', date, amount: price, voucher, validityDays: 28, monetaryValue: Math.floor(price / 10) }
            : { type: 'recharge', date, amount: price, voucher, validityDays: 28 };
      } else if (r < 0.04) event = { type: 'balance', date, amount: Math.floor(rand() * 20_000) };
      else if (r < 0.045 && connection === 'prepaid') event = { type: 'anr_deduction', date, amount: 2000 };
      else if (r < 0.046 && connection === 'postpaid') event = { type: 'safe_custody', date, months: 3, amount: 15_000 };
      else event = { type: 'activity', date, kind: pick(KINDS) };
      perDay[d]!.push(rand() < 0.03 ? { sim: s, event, note: pick(NOTES) } : { sim: s, event });
    }
  }

  const events: EventRecord[] = [];
  let seq = 0;
  for (const list of perDay) {
    for (const { sim, event, note } of list) {
      const record: EventRecord = { ...event, id: uuid(), simId: sims[sim]!.id, source: rand() < 0.2 ? 'sms' : 'manual', seq: ++seq, updatedAt: `${event.date}T12:00:00.000Z` };
      if (note !== undefined) record.note = note;
      events.push(record);
    }
  }
  return {
    format: 'sim-keeper-backup', version: 2, exportedAt: `${today}T12:00:00.000Z`, sims, events, reminders: [],
    settings: [{ key: 'onboarded', value: true }, { key: 'language', value: 'en' }, { key: 'lastBackupAt', value: `${today}T12:00:00.000Z` }],
  };
}

/** The file's text, as the app's own export writes it (indented JSON). */
export function bigBackupJson(options: BigBackupOptions): string {
  return backupToJson(makeBigBackup(options));
}

/** Yesterday in India: a date the browser's today (Asia/Kolkata) is never before. */
export function benchToday(): IsoDate {
  const india = new Date(Date.now() + 5.5 * 3600_000).toISOString().slice(0, 10);
  return addDays(india, -1);
}
