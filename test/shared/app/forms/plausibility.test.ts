import { describe, expect, it } from 'vitest';
import { unlikelyFigures } from '../../../../shared/app/forms/plausibility';

const RECHARGE = { paid: 'amount', talktime: 'monetaryValue', validityEnds: 'validityEnds' };

describe('unlikelyFigures', () => {
  it('asks about Rs 500 of talktime for Rs 10 paid', () => {
    expect(unlikelyFigures({ fields: RECHARGE, paid: '10', talktime: '500' })).toEqual({
      monetaryValue: { key: 'ask.talktimeOverPaid', params: { talktime: '₹500', paid: '₹10' } },
    });
  });

  it('asks about a balance of Rs 50,000 and a recharge of Rs 20,000', () => {
    expect(unlikelyFigures({ fields: { balance: 'amount' }, balance: '50,000' })).toEqual({ amount: { key: 'ask.largeBalance', params: { amount: '₹50,000' } } });
    expect(Object.keys(unlikelyFigures({ fields: RECHARGE, paid: '20000' }))).toEqual(['amount']);
  });

  it('asks about a validity ending more than 365 days after the recharge (reg 4(2))', () => {
    expect(unlikelyFigures({ fields: RECHARGE, paid: '199', from: '2026-03-01', validityEnds: '2034-05-18' })).toEqual({
      validityEnds: { key: 'ask.longValidity', params: { days: 3000 } },
    });
  });

  it('asks nothing about an ordinary recharge, a full-talktime top-up or a yearly plan', () => {
    expect(unlikelyFigures({ fields: RECHARGE, paid: '100', talktime: '100' })).toEqual({});
    expect(unlikelyFigures({ fields: RECHARGE, paid: '3599', from: '2026-03-01', validityEnds: '2027-03-01' })).toEqual({});
    expect(unlikelyFigures({ fields: { balance: 'amount' }, balance: '45.50' })).toEqual({});
  });

  it('leaves boxes that are not amounts to the errors', () => {
    expect(unlikelyFigures({ fields: RECHARGE, paid: 'ten', talktime: '500' })).toEqual({});
  });
});
