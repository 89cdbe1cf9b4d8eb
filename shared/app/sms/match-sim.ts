/**
 * Which of the user's SIMs a message is about, for the confirm screen (issue 9, section 2): the one
 * whose number it names; else, when the message does not name a number, the SIM the user came from
 * (unless the message names another operator), or the one SIM of the operator it names; else the
 * user picks. A message naming a number that is
 * none of the user's SIMs is about another SIM: the user picks, never a guess.
 */
import type { SimRecord } from '../../db';
import type { SmsReading } from '../../sms';

export type SimMatch =
  | { by: 'number' | 'operator' | 'from'; simId: string }
  | { by: 'none'; simId: null; otherNumber?: string };

export function matchSim(reading: SmsReading, sims: readonly Pick<SimRecord, 'id' | 'number' | 'operator'>[], fromSimId: string | null = null): SimMatch {
  if (reading.number !== undefined) {
    const sim = sims.find((s) => s.number === reading.number);
    return sim ? { by: 'number', simId: sim.id } : { by: 'none', simId: null, otherNumber: reading.number };
  }
  const from = sims.find((s) => s.id === fromSimId);
  // An Airtel message pasted on a Jio SIM's page is not that SIM's ('other' names no operator to compare).
  if (from && (reading.operator === undefined || from.operator === 'other' || from.operator === reading.operator)) return { by: 'from', simId: from.id };
  const ofOperator = reading.operator === undefined ? [] : sims.filter((s) => s.operator === reading.operator);
  if (ofOperator.length === 1) return { by: 'operator', simId: ofOperator[0]!.id };
  return { by: 'none', simId: null };
}
