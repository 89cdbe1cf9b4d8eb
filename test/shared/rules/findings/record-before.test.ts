import { describe, expect, it } from 'vitest';
import { recordBefore } from '../../../../shared/rules/findings/record-before';
import { withPolicy } from '../../../../shared/rules/policy';
import { balance, call, deactivated, prepaid } from './history';

describe('recordBefore', () => {
  it('projects the SIM on the event’s day from the events before it, leaving the event itself out', () => {
    const { before, earlier } = recordBefore(prepaid, withPolicy(), [call('2026-01-01'), balance('2026-01-01', 4500), deactivated('2026-05-01')], 2);
    expect(earlier).toHaveLength(2);
    expect(before).toMatchObject({ lastActivity: '2026-01-01', nonUsageEnds: '2026-04-01', balance: 2500, deactivationObserved: false });
  });
});
