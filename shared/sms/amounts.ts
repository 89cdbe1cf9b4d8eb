/**
 * Money as operators write it: "Rs.", "Rs", "Rs:", "INR", "₹", "रु", "रुपये" before or after the
 * figure ("Rs.299", "8.672Rs", "0.96INR", "20 रुपये", "Rs 20/-"), thousands separators in the Indian
 * or Western way ("1,00,000", "1,499"), and balances kept to three decimals ("Rs:338.154"), which we
 * round to the paisa: money is integer paise inside (shared/rules/money.ts).
 *
 * Every pattern is a plain sequence of bounded pieces, so scanning is linear in the text.
 */
import { rupeesToPaise, type Paise } from '../rules/money';

/** An amount found in the text: its paise, and where it stands (start of its first character). */
export interface AmountToken {
  paise: Paise;
  start: number;
  end: number;
  /** True when a currency sign stood beside it; false for a bare figure after a label. */
  marked: boolean;
  text: string;
}

// Bounded on every side, so no figure can make the scan backtrack over a long run of digits.
const FIGURE = String.raw`(\d{1,3}(?:,\d{2,3}){1,4}(?:\.\d{1,6})?|\d{1,9}(?:\.\d{1,6})?)(?!\d|\.\d)`;
const BEFORE = String.raw`(?:rs\.?|rs:|inr|₹|रु\.?|रुपये|रूपये)`;
const AFTER = String.raw`(?:rs\b\.?|inr\b|/-|\s?रुपये|\s?रूपये|\s?रु\b)`;

/** "Rs. 1,499.00", "₹ 20", "INR:12.5", "Rs.-5.99" is refused (a negative balance is not money we track). */
const MARKED_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${BEFORE}\s?[:.=]?\s?${FIGURE}`, 'giu');
/** "8.672Rs", "0.96INR", "20 रुपये", "20/-". */
const MARKED_AFTER = new RegExp(String.raw`(?<![\d.,])${FIGURE}\s?${AFTER}`, 'giu');

/**
 * Paise of a figure as written, rounded half up to the paisa ("0.125" is 13 paise); null when the
 * figure is not a plain amount.
 * @example paiseOfFigure('1,00,000.005') === 10000001
 */
export function paiseOfFigure(figure: string): Paise | null {
  const plain = figure.replace(/,/g, '');
  const match = /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(plain);
  if (!match) return null;
  const fraction = (match[2] ?? '').padEnd(3, '0');
  const paise = Number(match[1]) * 100 + Number(fraction.slice(0, 2)) + (Number(fraction[2]) >= 5 ? 1 : 0);
  // Through the app's own converter, so a figure never becomes money the rest of the app refuses.
  return rupeesToPaise(paise / 100);
}

/** Every currency-marked amount in the text, in order of position, without overlaps. */
export function findAmounts(text: string): AmountToken[] {
  const found: AmountToken[] = [];
  for (const pattern of [MARKED_BEFORE, MARKED_AFTER]) {
    for (const match of text.matchAll(pattern)) {
      const paise = paiseOfFigure(match[1]!);
      if (paise === null) continue;
      const start = match.index!;
      found.push({ paise, start, end: start + match[0].length, marked: true, text: match[0].trim() });
    }
  }
  // Earliest first; a token overlapping one already kept ("Rs 20 Rs:5" also holds "20 Rs") goes.
  found.sort((a, b) => a.start - b.start);
  const kept: AmountToken[] = [];
  for (const token of found) if (kept.length === 0 || token.start >= kept[kept.length - 1]!.end) kept.push(token);
  return kept;
}

/** A bare figure (no currency sign) at the very start of `text` after separators: "Main Bal:0.500". */
export function bareAmountAt(text: string, offset: number): AmountToken | null {
  BARE.lastIndex = offset;
  const match = BARE.exec(text);
  if (!match) return null;
  const paise = paiseOfFigure(match[1]!);
  if (paise === null) return null;
  const start = match.index + match[0].length - match[1]!.length;
  return { paise, start, end: start + match[1]!.length, marked: false, text: match[1]! };
}

/** Separators then a figure with decimals or a plain number not followed by a unit of time or data. */
const BARE = new RegExp(String.raw`[\s:=\-.]{0,4}${FIGURE}(?![\d:/]|\s?(?:mb|kb|gb|sec|min|hr|days?)\b)`, 'iy');
