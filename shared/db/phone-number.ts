/**
 * Indian mobile numbers (National Numbering Plan 2003): 10 digits, the first 6, 7, 8 or 9.
 * People write them with the country code (+91 / 91), the trunk prefix 0, spaces and dashes;
 * we store the bare 10 digits so that the same number is always the same string.
 */

const MOBILE = /^[6-9]\d{9}$/;

/** The 10-digit form of a mobile number, or null when it is not an Indian mobile number. */
export function normaliseMobileNumber(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const compact = raw.replace(/[\s-]/g, '');
  const digits = stripPrefix(compact);
  return digits !== null && MOBILE.test(digits) ? digits : null;
}

/** Removes one '+91', '91' or '0' prefix, and only when exactly 10 digits remain. */
function stripPrefix(compact: string): string | null {
  if (compact.startsWith('+')) return /^\+91\d{10}$/.test(compact) ? compact.slice(3) : null;
  if (compact.length === 12 && compact.startsWith('91')) return compact.slice(2);
  if (compact.length === 11 && compact.startsWith('0')) return compact.slice(1);
  return compact;
}

/** '9876543210' as '98765 43210', the way Indian numbers are usually written. */
export function formatMobileNumber(number: string): string {
  return MOBILE.test(number) ? `${number.slice(0, 5)} ${number.slice(5)}` : number;
}
