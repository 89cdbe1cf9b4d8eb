/**
 * Operator presets: the values each operator publishes, each with a note of its source and the day
 * the figures were last checked. Where a value is not published (or we could not confirm it), the
 * regulatory floor of regs 11-14 stands and the preset says so in `floorFields`. Every value is
 * editable by the user; the plan clock is never law. When figures change, update them, their
 * source and `checked` together.
 */
import type { IsoDate } from './dates';
import { withPolicy } from './policy';
import type { Policy } from './types';

export type OperatorId = 'jio' | 'airtel' | 'vi' | 'bsnl' | 'mtnl' | 'other';

export interface OperatorPreset {
  id: OperatorId;
  name: string;
  policy: Policy;
  /** Fields left at the regulatory floor because the operator's own value is not known. */
  floorFields: (keyof Policy)[];
  /** Where the values come from, in words the user can check (shown from shared/i18n presetSource.<id>). */
  source: string;
  /** The day the figures were last checked against the source: they are true as of then. */
  checked: IsoDate;
}

const ALL_TRAI_FIELDS: (keyof Policy)[] = [
  'nonUsageDays', 'anrCharge', 'anrThreshold', 'graceDays', 'reactivationFee', 'safeCustodyCharge', 'activityKinds',
];

/**
 * The day the figures below were gathered from the sources named and entered (with the rules
 * engine itself); none has been checked again since.
 */
const CHECKED_2026_11_23: IsoDate = '2026-11-23';

function preset(id: OperatorId, name: string, overrides: Partial<Policy>, source: string, checked: IsoDate): OperatorPreset {
  const floorFields = ALL_TRAI_FIELDS.filter((field) => !(field in overrides));
  return { id, name, policy: withPolicy(overrides), floorFields, source, checked };
}

export const OPERATOR_PRESETS: readonly OperatorPreset[] = [
  preset('jio', 'Jio', { nonUsageDays: 90, incomingGraceDays: null, suspensionDays: null },
    'Jio prepaid terms: 90 days of non-usage before deactivation. Jio does not publish an incoming-call window after plan expiry; ANR, grace and fees are the TRAI floor (regs 12, 14).', CHECKED_2026_11_23),
  preset('airtel', 'Airtel', { nonUsageDays: 90, incomingGraceDays: 7, suspensionDays: null },
    'Airtel prepaid terms: 90 days of non-usage. Incoming calls stop 7 days after the plan expires (cut from 15 days in 2019, as reported at the time). ANR, grace and fees are the TRAI floor.', CHECKED_2026_11_23),
  preset('vi', 'Vi', { nonUsageDays: 90, incomingGraceDays: 7, suspensionDays: null },
    'Vi (Vodafone Idea) prepaid terms: 90 days of non-usage; incoming calls stop 7 days after the plan expires (as reported when minimum recharges began). ANR, grace and fees are the TRAI floor.', CHECKED_2026_11_23),
  preset('bsnl', 'BSNL', { nonUsageDays: 90, incomingGraceDays: 7, suspensionDays: 165 },
    'BSNL prepaid: incoming calls continue 7 days after validity ends, then the number is barred for 165 days before it is disconnected. Non-usage of 90 days; ANR, grace and fees are the TRAI floor.', CHECKED_2026_11_23),
  preset('mtnl', 'MTNL', {},
    'MTNL does not publish its own figures that we could confirm: every value is the TRAI floor (regs 11-14).', CHECKED_2026_11_23),
  preset('other', 'Other operator', {}, 'The TRAI floor (regs 11-14): the least protection any operator must give.', CHECKED_2026_11_23),
];

/** The preset of an operator, or the TRAI floor for one we do not know. */
export function presetFor(id: OperatorId): OperatorPreset {
  return OPERATOR_PRESETS.find((p) => p.id === id) ?? OPERATOR_PRESETS[OPERATOR_PRESETS.length - 1]!;
}
