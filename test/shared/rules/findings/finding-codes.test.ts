import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../../../shared/rules/findings/finding-codes';

describe('the finding codes', () => {
  it('are exactly the ten the issue lists', () => expect([...FINDING_CODES].sort()).toEqual([
    'anr_before_period_end', 'anr_over_limit', 'anr_over_policy', 'anr_sms_missing', 'anr_too_soon',
    'deactivated_early', 'deactivated_with_balance', 'reactivation_over_limit', 'reactivation_over_policy', 'safe_custody_over_limit',
  ]));
});
