import { beforeAll, describe, expect, it } from 'vitest';
import { describeState } from '../../../shared/i18n/describe-state';
import { loadLanguage } from '../../../shared/i18n/translate';
import { project } from '../../../shared/rules/project';
import { withPolicy } from '../../../shared/rules/policy';
import type { Policy } from '../../../shared/rules/types';

const idleSince = (policy: Policy, today: string) => project({ connection: 'prepaid', since: '2026-01-01' }, policy, [
  { type: 'balance', date: '2026-01-01', amount: 10_000 },
], today);

describe('the sentence under a SIM\'s state', () => {
  beforeAll(() => loadLanguage('hi'));

  it('tells ANR with the policy\'s own charge and extension, not ₹20 every 30 days', () => {
    const policy = withPolicy({ anrCharge: 1000, anrThreshold: 1000, anrExtensionDays: 45 });
    const text = describeState(idleSince(policy, '2026-04-10'), policy, 'en');
    expect(text).toBe('Not used for the full period: the operator is taking ₹10 every 45 days from the balance to keep the number (reg 12).');
    expect(describeState(idleSince(policy, '2026-04-10'), policy, 'hi')).toContain('हर 45 दिन बैलेंस से ₹10');
  });

  it('tells a postpaid connection on its monthly rent that it is kept, not that nothing keeps it', () => {
    const postpaid = project({ connection: 'postpaid', since: '2025-01-01' }, withPolicy(), [], '2026-03-01');
    expect(describeState(postpaid, withPolicy(), 'en')).toMatch(/^Kept by its monthly rent/);
  });

  it('says nothing for a lost number, whose card already says it', () => {
    expect(describeState(idleSince(withPolicy(), '2027-06-01'), withPolicy(), 'en')).toBeNull();
  });

  it('tells a SIM whose operator closed that the non-usage rules no longer apply, from the closing day', () => {
    const closed = project({ connection: 'prepaid', since: '2026-01-01' }, withPolicy(), [{ type: 'operator_closed', date: '2026-02-01' }], '2026-03-01');
    expect(describeState(closed, withPolicy(), 'en')).toBe('The operator closed its services on 1 Feb: the non-usage rules (regs 11–14) no longer apply to this number, so nothing is due to keep it.');
    expect(describeState(closed, withPolicy(), 'hi')).toContain('(विनियम 11–14)');
  });
});
