/**
 * Rupees as people type them into a box, to and from paise. Accepts '199', '12.50', '1,499', '₹ 20',
 * 'Rs 20'. The exact conversion is rupeesToPaise's (shared/rules/money.ts); money shown to people
 * outside a box is formatMoney's (shared/i18n/format.ts).
 */
import { rupeesToPaise, type Paise } from '../rules/money';

/**
 * Paise of a typed rupee amount; null when empty, NaN when it is not an amount.
 * @example parseRupees('1,499.50') === 149950
 */
export function parseRupees(text: string): Paise | null {
  const cleaned = text.trim().replace(/^(₹|rs\.?|inr)\s*/i, '').replace(/,/g, '');
  if (cleaned === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned) && !/^\.\d{1,2}$/.test(cleaned)) return Number.NaN;
  return rupeesToPaise(Number(cleaned)) ?? Number.NaN;
}

/**
 * Paise as rupees for an input box: 2000 is '20', 1250 is '12.50'.
 */
export function rupeesText(paise: Paise | null | undefined): string {
  if (paise === null || paise === undefined) return '';
  return paise % 100 === 0 ? String(paise / 100) : (paise / 100).toFixed(2);
}

/**
 * A whole number typed in a box; null when empty, NaN when not a whole number.
 * @example parseWholeNumber(' 28 ') === 28
 */
export function parseWholeNumber(text: string): number | null {
  const cleaned = text.trim();
  if (cleaned === '') return null;
  return /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
