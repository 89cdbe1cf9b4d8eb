/**
 * Arbitrary prepaid histories for the property tests (invariants.test.ts) and the fixed set the
 * time-zone check hashes in a child process (fixtures/project-fixed-histories.ts).
 * Not a test file itself: it only builds inputs.
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import {
  ACTIVITY_KINDS, REGULATORY_ACTIVITY_KINDS, VOUCHER_KINDS, fromDayNumber, project, toDayNumber, withPolicy,
  type ActivityKind, type IsoDate, type Policy, type SimEvent, type SimFacts,
} from '../../../shared/rules';
import { projectionJson } from '../../../shared/scenario/projection-json';

export interface History {
  today: IsoDate;
  sim: SimFacts;
  /** The partial policy laid over the regulatory floor (kept for readable counter-examples). */
  overrides: Partial<Policy>;
  policy: Policy;
  /** In recorded order: not sorted by date, so same-date order is this array's order. */
  events: SimEvent[];
}

export const FIRST_TODAY = toDayNumber('2020-01-01');
export const LAST_TODAY = toDayNumber('2030-12-31');
/** The longest history generated. */
export const MAX_EVENTS = 40;
/** Events may be recorded up to this many days before `since`. */
export const BEFORE_SINCE_DAYS = 200;

/** Within and outside the regulatory bounds (reg 11: >= 90, reg 12: <= Rs 20, reg 14: >= 15). */
export const overridesArb: fc.Arbitrary<Partial<Policy>> = fc.record(
  {
    nonUsageDays: fc.integer({ min: 60, max: 200 }),
    anrCharge: fc.integer({ min: 0, max: 3000 }),
    anrThreshold: fc.integer({ min: 0, max: 3000 }),
    graceDays: fc.integer({ min: 5, max: 40 }),
    activityKinds: fc
      .oneof(fc.constant(REGULATORY_ACTIVITY_KINDS), fc.constant(ACTIVITY_KINDS), fc.subarray([...ACTIVITY_KINDS]))
      .map((kinds): ActivityKind[] => [...kinds]),
  },
  { requiredKeys: [] },
);

type Body = SimEvent extends infer E ? (E extends SimEvent ? Omit<E, 'date'> : never) : never;

const activityArb = fc.record({ type: fc.constant('activity' as const), kind: fc.constantFrom(...ACTIVITY_KINDS) });
const rechargeArb = fc.record(
  {
    type: fc.constant('recharge' as const),
    amount: fc.integer({ min: 100, max: 99_900 }), // Rs 1 .. Rs 999
    voucher: fc.constantFrom(...VOUCHER_KINDS),
    monetaryValue: fc.integer({ min: 0, max: 99_900 }),
    validityDays: fc.integer({ min: 1, max: 365 }),
  },
  { requiredKeys: ['type', 'amount', 'voucher'] },
);
const balanceArb = fc.record({ type: fc.constant('balance' as const), amount: fc.integer({ min: 0, max: 50_000 }) });
const anrArb = fc.record({ type: fc.constant('anr_deduction' as const), amount: fc.integer({ min: 100, max: 3000 }) });
const deactivatedArb = fc.record({ type: fc.constant('deactivated' as const) });
const reactivatedArb = fc.record(
  { type: fc.constant('reactivated' as const), fee: fc.integer({ min: 0, max: 3000 }) },
  { requiredKeys: ['type'] },
);

export const bodyArb: fc.Arbitrary<Body> = fc.oneof(
  { weight: 8, arbitrary: activityArb },
  { weight: 4, arbitrary: rechargeArb },
  { weight: 2, arbitrary: balanceArb },
  { weight: 3, arbitrary: anrArb },
  { weight: 1, arbitrary: deactivatedArb },
  { weight: 1, arbitrary: reactivatedArb },
) as fc.Arbitrary<Body>;

/**
 * A valid history: today in 2020..2030, since <= today, 0..40 events dated between since - 200 days
 * and today. Dates are snapped to a random grid (1, 7 or 30 days) so that same-date events are common.
 */
export const historyArb: fc.Arbitrary<History> = fc
  .record({
    todayDay: fc.integer({ min: FIRST_TODAY, max: LAST_TODAY }),
    sinceBack: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 3000 })),
    grid: fc.constantFrom(1, 1, 7, 30),
    overrides: overridesArb,
    // size 'max': without it fast-check generates at most 10 elements whatever maxLength says.
    raw: fc.array(fc.record({ back: fc.nat({ max: 100_000 }), body: bodyArb }), { maxLength: MAX_EVENTS, size: 'max' }),
  })
  .map(({ todayDay, sinceBack, grid, overrides, raw }) => {
    const span = sinceBack + BEFORE_SINCE_DAYS;
    const events = raw.map(({ back, body }) => {
      const daysBack = Math.floor((back % (span + 1)) / grid) * grid;
      return { ...body, date: fromDayNumber(todayDay - daysBack) } as SimEvent;
    });
    return {
      today: fromDayNumber(todayDay),
      sim: { connection: 'prepaid' as const, since: fromDayNumber(todayDay - sinceBack) },
      overrides,
      policy: withPolicy(overrides),
      events,
    };
  });

/** The histories the time-zone check hashes: the same in every process, given fast-check's version. */
export const FIXED_SEED = 20_120_914; // TCP Regulations 2012
export const FIXED_COUNT = 200;

export function fixedHistories(): History[] {
  return fc.sample(historyArb, { seed: FIXED_SEED, numRuns: FIXED_COUNT });
}

/** sha256 of the JSON of every projection (raw and as `npm run rules` prints it) of the fixed histories. */
export function fixedHistoriesHash(): string {
  const hash = createHash('sha256');
  for (const h of fixedHistories()) {
    const projection = project(h.sim, h.policy, h.events, h.today);
    hash.update(JSON.stringify(projection));
    hash.update(JSON.stringify(projectionJson(projection)));
    hash.update('\n');
  }
  return hash.digest('hex');
}
