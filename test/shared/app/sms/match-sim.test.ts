import { describe, expect, it } from 'vitest';
import { matchSim } from '../../../../shared/app/sms/match-sim';
import type { SmsReading } from '../../../../shared/sms';

const sims = [
  { id: 'a', number: '9876543210', operator: 'jio' as const },
  { id: 'b', number: '9123456780', operator: 'airtel' as const },
  { id: 'c', number: '9000000001', operator: 'airtel' as const },
];
const reading = (fields: Partial<SmsReading>): SmsReading => ({ kind: 'recharge', confidence: 'high', matched: [], ...fields });

describe('matchSim', () => {
  it('picks the SIM whose number the message names, over the SIM the user came from', () => {
    expect(matchSim(reading({ number: '9123456780', operator: 'jio' }), sims, 'a')).toEqual({ by: 'number', simId: 'b' });
  });

  it('picks nothing when the message names a number that is none of the SIMs, and says which', () => {
    expect(matchSim(reading({ number: '9555555555', operator: 'jio' }), sims, 'a')).toEqual({ by: 'none', simId: null, otherNumber: '9555555555' });
  });

  it('without a number, takes the SIM the user came from, else the one SIM of the operator named', () => {
    expect(matchSim(reading({}), sims, 'b')).toEqual({ by: 'from', simId: 'b' });
    expect(matchSim(reading({ operator: 'airtel' }), sims, 'b')).toEqual({ by: 'from', simId: 'b' });
    expect(matchSim(reading({ operator: 'jio' }), sims)).toEqual({ by: 'operator', simId: 'a' });
  });

  it('does not take the SIM the user came from for a message of another operator', () => {
    expect(matchSim(reading({ operator: 'jio' }), sims, 'c')).toEqual({ by: 'operator', simId: 'a' });
    expect(matchSim(reading({ operator: 'bsnl' }), sims, 'c')).toEqual({ by: 'none', simId: null });
  });

  it('leaves the choice to the user when two SIMs share the operator, or none is named', () => {
    expect(matchSim(reading({ operator: 'airtel' }), sims)).toEqual({ by: 'none', simId: null });
    expect(matchSim(reading({}), sims)).toEqual({ by: 'none', simId: null });
  });
});
