/**
 * Which of the user's SIMs a message is about, for the confirm screen (issue 9, section 2): the one
 * whose number it names; else, when the message does not name a number, the SIM the user came from,
 * or the one SIM of the operator it names; else the user picks. A message naming a number that is
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
  if (fromSimId !== null && sims.some((s) => s.id === fromSimId)) return { by: 'from', simId: fromSimId };
  const ofOperator = reading.operator === undefined ? [] : sims.filter((s) => s.operator === reading.operator);
  if (ofOperator.length === 1) return { by: 'operator', simId: ofOperator[0]!.id };
  return { by: 'none', simId: null };
}
