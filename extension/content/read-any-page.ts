/**
 * The generic reader's reading of a page no adapter knows: its visible text, line by line. The
 * first line that speaks of a status (success, pending, failed) must say success; the number, the
 * amount and the validity are the first ones from that line on, since a site's header often shows
 * the signed-in user's own number above the result. The user confirms in the prompt, so a wrong
 * guess costs a "Not now", never a wrong entry.
 */
import type { FoundRecharge } from './found-recharge';
import { cleanText, mobileNumberIn, rupeeAmountIn, validityDaysIn } from './page-text';
import { NOT_YET_WORDS, SUCCESS_WORDS, rechargeOf, saysSuccess } from './site-adapter';

export function readAnyPage(text: string): FoundRecharge | null {
  const lines = text.split('\n').map(cleanText).filter(Boolean);
  const status = lines.findIndex((line) => SUCCESS_WORDS.test(line) || NOT_YET_WORDS.test(line));
  if (status < 0 || !saysSuccess(lines[status]!)) return null;
  const rest = lines.slice(status).join('\n');
  return rechargeOf({ number: mobileNumberIn(rest), amount: rupeeAmountIn(rest), validityDays: validityDaysIn(rest) });
}
