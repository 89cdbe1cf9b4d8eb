/** For each finding code, a history that triggers it and a near miss that must not (amounts in paise). */
import { withPolicy } from '../../../../shared/rules/policy';
import type { FindingCode } from '../../../../shared/rules/findings/finding-codes';
import type { Policy, SimEvent, SimFacts } from '../../../../shared/rules/types';
import { anr, balance, call, custody, deactivated, postpaid, reactivated } from './history';

export interface FindingCase { policy?: Policy; sim?: SimFacts; triggers: SimEvent[]; nearMiss: SimEvent[] }

export const CASES: Record<FindingCode, FindingCase> = {
  anr_over_limit: {
    triggers: [call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-01', 2001)],
    nearMiss: [call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-01', 2000)],
  },
  anr_over_policy: {
    policy: withPolicy({ anrCharge: 1000 }),
    triggers: [call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-01', 1500)],
    nearMiss: [call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-01', 1000)],
  },
  anr_before_period_end: {
    triggers: [call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-03-30')],
    nearMiss: [call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-01')],
  },
  anr_too_soon: {
    triggers: [call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-01'), anr('2026-04-25')],
    nearMiss: [call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-01'), anr('2026-05-01')],
  },
  anr_sms_missing: {
    triggers: [call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-01', 2000, false)],
    nearMiss: [call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-01', 2000, true)],
  },
  deactivated_early: {
    triggers: [call('2026-03-01'), balance('2026-03-01', 10000), deactivated('2026-03-05')],
    nearMiss: [call('2026-03-01'), balance('2026-03-01', 1500), deactivated('2026-05-30')],
  },
  deactivated_with_balance: {
    triggers: [call('2026-01-01'), balance('2026-01-01', 10000), deactivated('2026-04-01')],
    nearMiss: [call('2026-01-01'), balance('2026-01-01', 2000), deactivated('2026-04-01')],
  },
  reactivation_over_limit: {
    triggers: [deactivated('2026-04-01'), reactivated('2026-04-05', 2100)],
    nearMiss: [deactivated('2026-04-01'), reactivated('2026-04-05', 2000)],
  },
  reactivation_over_policy: {
    policy: withPolicy({ reactivationFee: 1000 }),
    triggers: [deactivated('2026-04-01'), reactivated('2026-04-05', 1500)],
    nearMiss: [deactivated('2026-04-01'), reactivated('2026-04-05', 1000)],
  },
  safe_custody_over_limit: {
    sim: postpaid,
    triggers: [custody('2026-02-01', 4, 30001)],
    nearMiss: [custody('2026-02-01', 4, 30000)],
  },
};

