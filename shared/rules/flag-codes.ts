/**
 * The codes a rules flag may carry, and the kind of each parameter, so that the words can live in
 * shared/i18n (flag.<code>, in every language) and the rules hold no sentences. A flag names the
 * regulation it rests on (regs 12, 13 and 14 set the bounds these codes report).
 * Money parameters are paise (rupees in `npm run rules`), day counts and months are whole numbers.
 */
import type { IsoDate } from './dates';

export type FlagParamKind = 'paise' | 'count';

/** Each code with its parameters. Adding a code here makes the type checker ask for its words. */
export const FLAG_PARAMS = {
  /** A policy value outside its regulatory bound (policy.ts); `field` names it. */
  policy_out_of_bounds: {},
  /** The ANR charge exceeds the threshold it protects down to (reg 12(1)); see anr.ts. */
  anr_threshold_below_charge: { threshold: 'paise', charge: 'paise' },
  /** An observed ANR deduction above the policy's charge (reg 12(1) proviso). */
  anr_overcharged: { amount: 'paise', charge: 'paise' },
  /** A reactivation fee above the policy's fee (reg 14(1)). */
  reactivation_overcharged: { fee: 'paise', maxFee: 'paise' },
  /** Safe custody charged above its bound for the months asked (reg 13(2)). */
  safe_custody_overcharged: { months: 'count', amount: 'paise', maxCharge: 'paise' },
} as const satisfies Record<string, Readonly<Record<string, FlagParamKind>>>;

export type FlagCode = keyof typeof FLAG_PARAMS;

/** Every flag code, for the check that each has words in every language. */
export const FLAG_CODES = Object.keys(FLAG_PARAMS) as readonly FlagCode[];

/** The parameters of one code: numbers only (paise or counts), as FLAG_PARAMS describes them. */
export type FlagParamsOf<C extends FlagCode> = { readonly [K in keyof (typeof FLAG_PARAMS)[C]]: number };

/** A breach of a regulatory bound, an overcharge or an inconsistent policy, worth telling the user about. */
export type Flag = {
  [C in FlagCode]: {
    code: C;
    params: FlagParamsOf<C>;
    /** The regulation the bound comes from, e.g. 'reg 12(1) proviso'. */
    regulation: string;
    /** The day it happened, for flags about an event. */
    date?: IsoDate;
    /** The policy field at fault, for flags about the policy. */
    field?: string;
  };
}[FlagCode];
