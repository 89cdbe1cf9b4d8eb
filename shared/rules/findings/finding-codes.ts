/**
 * The codes a finding may carry and the kind of each parameter. A finding is something the record
 * shows the operator did against Chapter IV (regs 11-15), or against its own published tariff; the
 * words for each code live in shared/i18n (finding.<code>.*), so the rules hold no sentences.
 * Money parameters are paise (rupees in `npm run rules`), dates 'YYYY-MM-DD', counts whole numbers.
 */
import type { IsoDate } from '../dates';
import type { Paise } from '../money';

export type FindingParamKind = 'paise' | 'count' | 'date';

/** Each code with its parameters. Adding a code here makes the type checker ask for its words. */
export const FINDING_PARAMS = {
  /** An ANR deduction above Rs 20 (reg 12(1) proviso). */
  anr_over_limit: { amount: 'paise', limit: 'paise' },
  /** Above the operator's own ANR charge, though within Rs 20: the tariff, not the regulation. */
  anr_over_policy: { amount: 'paise', charge: 'paise' },
  /** A deduction before the non-usage period ended (regs 11, 12). */
  anr_before_period_end: { amount: 'paise', lastActivity: 'date', periodEnds: 'date' },
  /** A deduction less than anrExtensionDays after the one before it (reg 12(2)). */
  anr_too_soon: { amount: 'paise', previous: 'date', allowedFrom: 'date' },
  /** A deduction that came with no SMS (reg 15(3)). */
  anr_sms_missing: { amount: 'paise' },
  /** Deactivated before the non-usage period ended (reg 11). */
  deactivated_early: { lastActivity: 'date', periodEnds: 'date', days: 'count' },
  /** Deactivated while the balance exceeded the ANR threshold (reg 12(1)). */
  deactivated_with_balance: { balance: 'paise', threshold: 'paise', lastActivity: 'date' },
  /** A reactivation fee above Rs 20 (reg 14(1)). */
  reactivation_over_limit: { fee: 'paise', limit: 'paise' },
  /** A reactivation fee above the operator's own, though within Rs 20. */
  reactivation_over_policy: { fee: 'paise', policyFee: 'paise' },
  /** Safe custody above Rs 150 per three months or part (reg 13(2)). */
  safe_custody_over_limit: { months: 'count', amount: 'paise', limit: 'paise' },
} as const satisfies Record<string, Readonly<Record<string, FindingParamKind>>>;

export type FindingCode = keyof typeof FINDING_PARAMS;

/** Every finding code, for the checks that each has words and tests. */
export const FINDING_CODES = Object.keys(FINDING_PARAMS) as readonly FindingCode[];

/**
 * 'clear': the record proves it. 'possible': it depends on something the record cannot show, such
 * as a deduction logged one day before the period ended (was the SMS logged the day it came? does
 * the day of the last call count?) or a balance known only from recharges, not read off the phone.
 */
export type Certainty = 'clear' | 'possible';

type ParamValue<K> = K extends 'date' ? IsoDate : number;

/** The parameters of one code, typed by FINDING_PARAMS. */
export type FindingParamsOf<C extends FindingCode> = {
  readonly [K in keyof (typeof FINDING_PARAMS)[C]]: ParamValue<(typeof FINDING_PARAMS)[C][K]>;
};

/** What the user may ask for: money back, the number restored, or both. */
export interface FindingRemedy {
  /** Paise to ask back; 0 when the finding is not about money taken. */
  refund: Paise;
  /** Whether to ask for the number to be restored (free of any reactivation fee). */
  restore: boolean;
}

/** One finding: what happened, on which day, under which regulation, and how sure we are. */
export type Finding = {
  [C in FindingCode]: FindingRemedy & {
    code: C;
    date: IsoDate;
    /** The regulation it rests on, e.g. 'reg 12(1) proviso'; for a tariff finding, the one it is not a breach of. */
    regulation: string;
    certainty: Certainty;
    /** True when the regulation is broken; false when only the operator's own tariff is. */
    breach: boolean;
    params: FindingParamsOf<C>;
  };
}[FindingCode];
