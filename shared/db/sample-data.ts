/**
 * Sample SIMs for a first look at the app: three situations people actually meet, dated relative
 * to today so that the sample always shows the same story. Numbers are placeholders (9000000001...).
 */
import { addDays, type IsoDate } from '../rules/dates';
import { withPolicy } from '../rules/policy';
import type { Policy, SimEvent } from '../rules/types';
import type { SimKeeperDb } from './db';
import { addEvent } from './events';
import { addSim } from './sims';
import type { Operator, SimInput, SimRecord } from './types';

export type SampleEvent = SimEvent & { note?: string };

export interface SampleSim {
  sim: SimInput;
  /** In the order they happened (same-date events in the order they should apply). */
  events: SampleEvent[];
}

export type PolicyFor = (operator: Operator) => Policy;

/** Used every day: recent activity and a current plan. Nothing to worry about. */
function dailyJio(today: IsoDate, policy: Policy): SampleSim {
  const on = (days: number): IsoDate => addDays(today, -days);
  return {
    sim: { label: 'Jio — daily', number: '9000000001', operator: 'jio', circle: 'Delhi', connection: 'prepaid', since: on(400), policy },
    events: [
      { type: 'recharge', date: on(10), amount: 34900, voucher: 'plan', validityDays: 28, note: 'Rs 349 plan, 28 days' },
      { type: 'activity', date: on(2), kind: 'call_out' },
      { type: 'activity', date: on(1), kind: 'data' },
    ],
  };
}

/**
 * Kept only for bank OTPs: it receives SMS every week, but an incoming SMS is not "activity"
 * (reg 2(aa)), so its 90 days run out in 10 days and ANR deductions begin.
 */
function bankOtpAirtel(today: IsoDate, policy: Policy): SampleSim {
  const on = (days: number): IsoDate => addDays(today, -days);
  return {
    sim: { label: 'Airtel — bank OTP', number: '8000000002', operator: 'airtel', circle: 'Maharashtra', connection: 'prepaid', since: on(700), policy },
    events: [
      { type: 'recharge', date: on(80), amount: 5000, voucher: 'topup', monetaryValue: 4500, note: 'Rs 50 top-up, Rs 45 talktime' },
      { type: 'activity', date: on(80), kind: 'call_out' },
      { type: 'activity', date: on(3), kind: 'sms_in', note: 'OTP from the bank: incoming SMS does not count as activity' },
    ],
  };
}

/**
 * The parents' old number, hardly used: the operator has already deducted ANR twice and the
 * balance is down to Rs 20, so it will be deactivated in 5 days unless someone makes a call.
 */
function parentsBsnl(today: IsoDate, policy: Policy): SampleSim {
  const on = (days: number): IsoDate => addDays(today, -days);
  return {
    sim: { label: 'BSNL — parents', number: '7000000003', operator: 'bsnl', circle: 'Kerala', connection: 'prepaid', since: on(900), policy },
    events: [
      { type: 'balance', date: on(145), amount: 6000 },
      { type: 'activity', date: on(145), kind: 'call_out' },
      { type: 'anr_deduction', date: on(55), amount: 2000, note: 'SMS: Rs 20 deducted to keep the number active' },
      { type: 'anr_deduction', date: on(25), amount: 2000 },
      { type: 'balance', date: on(25), amount: 2000 },
    ],
  };
}

/** The three sample SIMs. Pass the operators' presets as `policyFor`; the default is the TRAI floor. */
export function sampleSims(today: IsoDate, policyFor: PolicyFor = () => withPolicy()): SampleSim[] {
  return [
    dailyJio(today, policyFor('jio')),
    bankOtpAirtel(today, policyFor('airtel')),
    parentsBsnl(today, policyFor('bsnl')),
  ];
}

/** Writes the samples in one transaction (all or nothing), events marked source 'sample'. */
export async function loadSampleData(
  db: SimKeeperDb, today: IsoDate, policyFor?: PolicyFor,
): Promise<SimRecord[]> {
  return db.transaction('rw', db.eventTables, async () => {
    const added: SimRecord[] = [];
    for (const sample of sampleSims(today, policyFor)) {
      const sim = await addSim(db, sample.sim, today);
      for (const event of sample.events) await addEvent(db, { ...event, simId: sim.id, source: 'sample' }, today);
      added.push(sim);
    }
    return added;
  });
}
