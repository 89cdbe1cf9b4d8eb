import { beforeAll, describe, expect, it } from 'vitest';
import { closureDetails, closureHeadline } from '../../../shared/i18n/describe-closure';
import { loadLanguage } from '../../../shared/i18n/translate';
import { project } from '../../../shared/rules/project';
import { withPolicy } from '../../../shared/rules/policy';
import type { Closure, SimEvent } from '../../../shared/rules/types';

const TODAY = '2026-06-01';
const used: SimEvent[] = [{ type: 'activity', kind: 'call_out', date: '2026-01-01' }, { type: 'balance', date: '2026-01-01', amount: 10000 }];
const closedOn: SimEvent = { type: 'operator_closed', date: '2026-04-15' };

function closureOf(events: SimEvent[], connection: 'prepaid' | 'postpaid' = 'prepaid'): Closure {
  return project({ connection, since: '2026-01-01' }, withPolicy(), events, TODAY).closure!;
}

describe('an operator that closed, in words', () => {
  beforeAll(() => loadLanguage('hi'));

  it('heads the card with the refund still due, and says where the figure comes from', () => {
    const closure = closureOf([...used, closedOn]);
    expect(closureHeadline(closure, 'en')).toBe('Operator closed — refund due ₹80');
    expect(closureDetails(closure, 'en', TODAY)).toEqual(['Due: ₹80, your balance on 15 Apr, the day it closed, from your balance check of 1 Jan.']);
    expect(closureHeadline(closure, 'hi')).toBe('ऑपरेटर की सेवा बंद — ₹80 का रिफ़ंड बाक़ी');
  });

  it('says when the balance is only estimated from recharges', () => {
    const closure = closureOf([{ type: 'recharge', voucher: 'topup', date: '2026-01-01', amount: 5000 }, closedOn]);
    expect(closureDetails(closure, 'en', TODAY)[0]).toContain('estimated from your recharges (possible');
  });

  it('tells the claim, a partial refund and the rest still due, then the refund in full', () => {
    const partial = closureOf([...used, closedOn, { type: 'refund_claimed', date: '2026-04-20' }, { type: 'refund_received', date: '2026-05-01', amount: 5000 }]);
    expect(closureHeadline(partial, 'en')).toBe('Operator closed — refund due ₹30');
    expect(closureDetails(partial, 'en', TODAY).slice(1)).toEqual(['You asked for it on 20 Apr.', '₹50 refunded so far; ₹30 still due.']);
    const full = closureOf([...used, closedOn, { type: 'refund_received', date: '2026-05-01', amount: 8000 }]);
    expect(closureHeadline(full, 'en')).toBe('Operator closed — refund of ₹80 received');
    expect(closureDetails(full, 'en', TODAY).slice(1)).toEqual(['Refunded in full on 1 May.']);
  });

  it('tells a postpaid deposit, and asks for one when none is recorded', () => {
    expect(closureDetails(closureOf([{ type: 'operator_closed', date: '2026-04-15', securityDeposit: 50000 }], 'postpaid'), 'en', TODAY))
      .toEqual(['Due: ₹500, the security deposit you recorded.']);
    expect(closureHeadline(closureOf([closedOn], 'postpaid'), 'en')).toBe('Operator closed — record your security deposit to claim it');
  });

  it('says no refund is due when the balance was nothing', () => {
    expect(closureHeadline(closureOf([closedOn]), 'en')).toBe('Operator closed — no refund due');
  });
});
