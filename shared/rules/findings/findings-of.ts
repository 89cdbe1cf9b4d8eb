/**
 * Every finding a SIM's record supports, under Chapter IV (regs 11-15): each recorded ANR
 * deduction, deactivation, reactivation and safe custody request judged against the regulation
 * and the operator's policy, in date order. A finding appears only when the record supports it.
 */
import type { IsoDate } from '../dates';
import { inApplyOrder } from '../event-order';
import type { AnrDeductionEvent, DeactivatedEvent, Policy, SimEvent, SimFacts } from '../types';
import type { Finding } from './finding-codes';
import { recordBefore } from './record-before';
import { anrOverLimit } from './anr-over-limit';
import { anrOverPolicy } from './anr-over-policy';
import { anrBeforePeriodEnd } from './anr-before-period-end';
import { anrTooSoon } from './anr-too-soon';
import { anrSmsMissing } from './anr-sms-missing';
import { deactivatedEarly } from './deactivated-early';
import { deactivatedWithBalance } from './deactivated-with-balance';
import { reactivationOverLimit } from './reactivation-over-limit';
import { reactivationOverPolicy } from './reactivation-over-policy';
import { safeCustodyOverLimit } from './safe-custody-over-limit';

function present(found: (Finding | null)[]): Finding[] {
  return found.filter((f): f is Finding => f !== null);
}

/**
 * The findings of one SIM as of `today` (events after today are not yet history and are left out).
 * ANR and deactivation findings are for prepaid SIMs (regs 11, 12, 15(3)); fees for both kinds.
 * @example
 * // Deactivated four days after a call (reg 11): one clear finding, asking for the number back.
 * findingsOf({ connection: 'prepaid', since: '2026-01-01' }, withPolicy(), [
 *   { type: 'activity', kind: 'call_out', date: '2026-03-01' },
 *   { type: 'deactivated', date: '2026-03-05' },
 * ], '2026-03-10')
 * //=> [{ code: 'deactivated_early', date: '2026-03-05', regulation: 'reg 11', certainty: 'clear', restore: true, … }]
 */
export function findingsOf(sim: SimFacts, policy: Policy, events: readonly SimEvent[], today: IsoDate): Finding[] {
  const ordered = inApplyOrder(events.filter((e) => e.date <= today));
  const prepaid = sim.connection === 'prepaid';
  const found: Finding[] = [];
  ordered.forEach((event, index) => {
    switch (event.type) {
      case 'anr_deduction': {
        if (!prepaid) return;
        const context = recordBefore<AnrDeductionEvent>(sim, policy, ordered, index);
        found.push(...present([
          anrOverLimit(event), anrOverPolicy(event, policy),
          anrBeforePeriodEnd(context, policy), anrTooSoon(context, policy), anrSmsMissing(event),
        ]));
        return;
      }
      case 'deactivated': {
        if (!prepaid) return;
        const context = recordBefore<DeactivatedEvent>(sim, policy, ordered, index);
        found.push(...present([deactivatedEarly(context, policy), deactivatedWithBalance(context, policy)]));
        return;
      }
      case 'reactivated':
        found.push(...present([reactivationOverLimit(event), reactivationOverPolicy(event, policy)]));
        return;
      case 'safe_custody':
        found.push(...present([safeCustodyOverLimit(event)]));
        return;
      default:
        return;
    }
  });
  return found;
}
