/**
 * The shape check of every message a content script sends: the page's scripts cannot reach
 * chrome.runtime, but a content script runs beside a hostile page and reads its text, so the
 * background trusts nothing it is told. A message of any other shape is refused whole.
 */
import { normaliseMobileNumber } from '../../shared/db/phone-number';
import { MAX_VOUCHER_VALIDITY_DAYS } from '../../shared/rules/vouchers';
import { READER_SITE, type ContentMessage } from '../content/content-message';
import type { FoundRecharge } from '../content/found-recharge';
import { SITE_MATCHES } from '../content/site-matches';

/** The largest recharge we believe a page: Rs 1,00,000, in paise. */
const MAX_AMOUNT = 100_000_00;
const PLAN_MAX = 120;

/** The message as a ContentMessage, or null when its shape is wrong in any way. */
export function parseContentMessage(message: unknown): ContentMessage | null {
  if (!isObject(message) || !isSite(message.site)) return null;
  const { site } = message;
  switch (message.type) {
    case 'recharge.lookup':
    case 'recharge.log': {
      const recharge = parseRecharge(message.recharge);
      return recharge ? { type: message.type, site, recharge } : null;
    }
    case 'sim.add': {
      const number = normaliseMobileNumber(message.number);
      return number ? { type: 'sim.add', site, number } : null;
    }
    // The reader runs only when the user asks, so there is nothing to stop asking.
    case 'site.dismiss': return site === READER_SITE ? null : { type: 'site.dismiss', site };
    case 'reader.nothing': return site === READER_SITE ? { type: 'reader.nothing', site } : null;
    default: return null;
  }
}

function parseRecharge(value: unknown): FoundRecharge | null {
  if (!isObject(value)) return null;
  const number = normaliseMobileNumber(value.number);
  const { amount, plan, validityDays } = value;
  if (number === null || !isWhole(amount, 1, MAX_AMOUNT)) return null;
  if (plan !== undefined && (typeof plan !== 'string' || plan.length > PLAN_MAX)) return null;
  if (validityDays !== undefined && !isWhole(validityDays, 1, MAX_VOUCHER_VALIDITY_DAYS)) return null;
  const recharge: FoundRecharge = { number, amount };
  if (plan) recharge.plan = plan;
  if (validityDays !== undefined) recharge.validityDays = validityDays as number;
  return recharge;
}

function isSite(value: unknown): value is string {
  return value === READER_SITE || SITE_MATCHES.some((site) => site.id === value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
