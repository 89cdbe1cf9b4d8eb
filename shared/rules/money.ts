/**
 * Money is integer paise inside the app and rupees outside it.
 * Floating point never holds a balance: Rs 0.10 + Rs 0.20 must be exactly Rs 0.30.
 * Money is written for people in one place, formatMoney (shared/i18n/format.ts), and typed rupees
 * are read in one place, rupeesToPaise (a typed box goes through parseRupees, which calls it).
 */

/** An amount in paise (1 rupee = 100 paise). Always an integer. */
export type Paise = number;

/** Rs 20, the figure that regs 12 and 14 are written around. */
export const TWENTY_RUPEES: Paise = 2000;

/**
 * Exact paise of a rupee amount, or null when it is not a finite number with at most two decimals.
 * @example rupeesToPaise(12.5) === 1250
 */
export function rupeesToPaise(rupees: unknown): Paise | null {
  if (typeof rupees !== 'number' || !Number.isFinite(rupees)) return null;
  const paise = Math.round(rupees * 100);
  // 0.1 * 100 is 10.000000000000002: allow float noise, refuse a third decimal.
  if (Math.abs(paise - rupees * 100) > 1e-6 * Math.max(1, Math.abs(rupees))) return null;
  return paise;
}

/** Rupees as a JSON number: 1250 paise is 12.5. */
export function paiseToRupees(paise: Paise): number {
  return paise / 100;
}
