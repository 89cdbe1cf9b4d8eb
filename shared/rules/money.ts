/**
 * Money is integer paise inside the app and rupees outside it.
 * Floating point never holds a balance: Rs 0.10 + Rs 0.20 must be exactly Rs 0.30.
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

/**
 * Rupees for people: "Rs 20", "Rs 12.50". Whole rupees drop the paise.
 * @example formatRupees(2500) === 'Rs 25'
 */
export function formatRupees(paise: Paise, symbol = 'Rs'): string {
  const rupees = Math.trunc(Math.abs(paise) / 100);
  const rest = Math.abs(paise) % 100;
  const sign = paise < 0 ? '-' : '';
  const whole = rupees.toLocaleString('en-IN');
  return `${sign}${symbol} ${whole}${rest === 0 ? '' : '.' + String(rest).padStart(2, '0')}`;
}
