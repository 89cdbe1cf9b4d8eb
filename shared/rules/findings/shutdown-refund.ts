/**
 * The refund due when an operator closes its services (as RCom did in 2017-18, when TRAI directed
 * the refund of unused prepaid balances and postpaid security deposits). The prepaid balance is the
 * one the projection holds on the closing day: recharges and readings, less the ANR deductions
 * regs 11 and 12(1) proviso allowed before it. A postpaid security deposit is what the user recorded.
 */
import type { IsoDate } from '../dates';
import type { Paise } from '../money';
import type { Policy, SimEvent, SimFacts } from '../types';
import { projectPrepaid } from '../prepaid-projection';
import type { Certainty } from './finding-codes';

export interface ShutdownRefund {
  /** Paise due back. */
  amount: Paise;
  /** 'clear' when the user read the balance off the phone after the last use; 'possible' when it comes from recharges alone. */
  certainty: Certainty;
}

/**
 * What the operator owes a SIM's user when it closes on `closedOn`: the prepaid balance of that day,
 * or for postpaid the security deposit the user recorded (null when none is recorded).
 * @example
 * // ₹100 read on 1 Jan after a call; closed 15 Apr: ANR took ₹20 on 1 Apr, so ₹80 is due.
 * shutdownRefund(prepaid, withPolicy(), [call('2026-01-01'), balance('2026-01-01', 10000)], '2026-04-15')
 * //=> { amount: 8000, certainty: 'clear' }
 */
export function shutdownRefund(sim: SimFacts, policy: Policy, events: readonly SimEvent[], closedOn: IsoDate, securityDeposit: Paise | null = null): ShutdownRefund | null {
  if (sim.connection === 'postpaid') return securityDeposit === null ? null : { amount: securityDeposit, certainty: 'clear' };
  const before = events.filter((e) => e.date <= closedOn);
  const projection = projectPrepaid(sim, policy, before, closedOn);
  const read = before.some((e) => e.type === 'balance' && e.date >= projection.lastActivity);
  return { amount: projection.balance, certainty: read ? 'clear' : 'possible' };
}
