/**
 * Bench section: projecting 1,000 prepaid SIMs, each with a day-by-day history (1x = ten years,
 * about 3,650 events per SIM; 2x and 4x = twenty and forty years). Linear cost shows as time ratios
 * near 2.0 and 4.0.
 *
 * Histories are made deterministically from a seeded PRNG: one event a day, mostly activity of
 * assorted kinds, a recharge every 28 days, an occasional balance record. One SIM in five is a
 * "drawer SIM" with a few long silences, where ANR SMSes, a deactivation and a reactivation are
 * recorded, so every path of the replay runs. Date strings are shared between SIMs, as interned
 * strings read from storage would be; the events are in date order, as the database returns them.
 */
import {
  OPERATOR_PRESETS, fromDayNumber, project, toDayNumber,
  type ActivityKind, type Policy, type SimEvent, type SimFacts, type VoucherKind,
} from '../../shared/rules';
import { heading, int, liveHeap, mib, ms, peakRss, table, timeRuns } from './report';
import { prng } from './support/prng';

export const title = 'rules: project 1,000 prepaid SIMs';

const SIMS = 1000;
const TODAY = '2026-06-01';
const YEARS = [10, 20, 40];
const SEED = 0x5eed_2012;

const KINDS: ActivityKind[] = ['call_out', 'call_out', 'call_in', 'call_in', 'sms_out', 'sms_in', 'data', 'data', 'data', 'video_out', 'vas'];
const VOUCHERS: VoucherKind[] = ['plan', 'combo', 'topup', 'stv'];
const PRICES = [15_500, 17_900, 19_900, 23_900, 29_900, 34_900]; // paise
const POLICIES: Policy[] = OPERATOR_PRESETS.slice(0, 4).map((p) => p.policy);

interface Sim {
  sim: SimFacts;
  policy: Policy;
  events: SimEvent[];
}

function makeSim(rand: () => number, days: number, todayDay: number, dates: string[]): Sim {
  const first = todayDay - days;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const voucher = pick(VOUCHERS);
  const price = pick(PRICES);
  const rechargeOffset = Math.floor(rand() * 28);
  const balanceEvery = 20 + Math.floor(rand() * 60);
  // Drawer SIMs: a few silences of 91..260 days.
  const silences: [number, number][] = [];
  if (rand() < 0.2) {
    for (let n = 1 + Math.floor(rand() * 4); n > 0; n--) {
      const start = first + 1 + Math.floor(rand() * (days - 300));
      silences.push([start, start + 91 + Math.floor(rand() * 170)]);
    }
  }
  const events: SimEvent[] = [];
  let balance = 0;
  for (let day = first; day < todayDay; day++) {
    const date = dates[day - first]!;
    const silence = silences.find(([from, to]) => day >= from && day < to);
    if (silence) {
      const quiet = day - silence[0];
      // Record what the operator would have sent in the silence: ANR SMSes, then a deactivation.
      if (quiet >= 90 && (quiet - 90) % 30 === 0 && balance > 2000) {
        balance -= 2000;
        events.push({ type: 'anr_deduction', date, amount: 2000 });
      } else if (quiet >= 90 && (quiet - 90) % 30 === 0) {
        events.push({ type: 'deactivated', date });
      }
      continue;
    }
    if (day > first && silences.some(([, to]) => day === to)) {
      events.push({ type: 'reactivated', date, fee: 0 });
    }
    if ((day - first) % 28 === rechargeOffset) {
      const monetary = voucher === 'topup' ? price : voucher === 'combo' ? Math.floor(price / 10) : 0;
      balance += monetary;
      events.push(voucher === 'combo'
        ? { type: 'recharge', date, amount: price, voucher, validityDays: 28, monetaryValue: monetary }
        : { type: 'recharge', date, amount: price, voucher, validityDays: 28 });
    } else if ((day - first) % balanceEvery === 0) {
      events.push({ type: 'balance', date, amount: balance });
    } else {
      events.push({ type: 'activity', date, kind: pick(KINDS) });
    }
  }
  return { sim: { connection: 'prepaid', since: dates[0]! }, policy: pick(POLICIES), events };
}

function makeSims(years: number): Sim[] {
  const todayDay = toDayNumber(TODAY);
  const days = years * 365;
  const dates = Array.from({ length: days }, (_, i) => fromDayNumber(todayDay - days + i));
  const rand = prng(SEED + years);
  return Array.from({ length: SIMS }, () => makeSim(rand, days, todayDay, dates));
}

/** Projects every SIM; returns a checksum so no work can be optimised away. */
function projectAll(sims: Sim[]): number {
  let checksum = 0;
  for (const { sim, policy, events } of sims) {
    const p = project(sim, policy, events, TODAY);
    if (p.connection === 'prepaid') checksum += p.balance + p.anrDeductions.length + p.nonUsageEnds.length;
  }
  return checksum;
}

export async function run(): Promise<void> {
  heading(title);
  const baseHeap = liveHeap();
  const rows: (string | number)[][] = [];
  let baseline = 0;
  let checksum = 0;
  for (const years of YEARS) {
    const generated = performance.now();
    let sims: Sim[] | null = makeSims(years);
    const generateMs = performance.now() - generated;
    const events = sims.reduce((n, s) => n + s.events.length, 0);
    const dataHeap = liveHeap() - baseHeap;
    const timing = await timeRuns(() => {
      checksum += projectAll(sims!);
    }, { warmup: 1, runs: 5 });
    if (years === YEARS[0]) baseline = timing.median;
    rows.push([
      `${years / YEARS[0]!}x (${years} y)`, int(events), int(events / SIMS), ms(timing.median), `${ms(timing.min)}-${ms(timing.max)}`,
      `${(timing.median * 1000 / SIMS).toFixed(0)}`, `${(events / (timing.median / 1000) / 1e6).toFixed(1)} M`,
      (timing.median / baseline).toFixed(2), mib(dataHeap), `${(generateMs / 1000).toFixed(1)} s`,
    ]);
    sims = null;
  }
  table(['scale', 'events', 'ev/SIM', 'median ms', 'min-max ms', 'us/SIM', 'events/s', 'x 1x', 'data heap', 'generate'], rows);
  console.log(`1,000 SIMs, today ${TODAY}, warm-up once then median of 5 runs; linear growth is x 2.00 and x 4.00.`);
  console.log(`heap: live ${mib(liveHeap())} at the end, peak RSS ${mib(peakRss())}; checksum ${checksum}`);
}
