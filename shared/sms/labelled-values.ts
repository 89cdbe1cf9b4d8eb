/**
 * A figure or date that follows its label: "Main Bal:Rs.24.460", "Validity: Jun 19 2017",
 * "Call Charge Rs. 3.08". The value must start within a few characters of the label's end, so a
 * label never borrows a figure from the next sentence. Tokens are found once for the whole text and
 * looked up here by position, so a long message costs one pass per pattern, not one per label.
 */
import { bareAmountAt, type AmountToken } from './amounts';
import type { DateToken } from './dates';

/**
 * How many occurrences of a label are tried: an SMS names its balance once or twice, and a text
 * repeating a label thousands of times must not cost thousands of look-ups.
 */
const MAX_LABELS = 20;

export interface Span {
  start: number;
  end: number;
}

export interface Labelled<T> {
  token: T;
  /** The label as written in the text. */
  label: string;
}

interface AmountOptions {
  /** How far after the label the value may start (characters). */
  window?: number;
  /** Tokens already read as another field. */
  taken?: Span[];
  /** Read a figure with no currency sign right after the label ("Bal:0.500"). */
  bare?: boolean;
  /** Ignore a label with this just before it ("from Main Bal" names the account charged, not the balance). */
  notAfter?: RegExp;
  /** Ignore a label with this just after it. */
  notBefore?: RegExp;
}

/** The first token starting at or after `position` (tokens sorted by start). */
function firstFrom<T extends Span>(tokens: T[], position: number): T | undefined {
  return tokens[firstIndexFrom(tokens, position)];
}

function firstIndexFrom(tokens: Span[], position: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first MAX_LABELS matches. */
function* first(matches: IterableIterator<RegExpMatchArray>): Generator<RegExpMatchArray> {
  let count = 0;
  for (const match of matches) {
    if (++count > MAX_LABELS) return;
    yield match;
  }
}

function overlaps(span: Span, taken: Span[]): boolean {
  return taken.some((t) => span.start < t.end && t.start < span.end);
}

/**
 * The amount after the first label (of a global pattern) that has one.
 * @example amountAfter('Bal Rs 112.96', /bal/giu, findAmounts('Bal Rs 112.96'))?.token.paise === 11296
 */
export function amountAfter(text: string, labels: RegExp, amounts: AmountToken[], options: AmountOptions = {}): Labelled<AmountToken> | null {
  const { window = 12, taken = [], bare = false, notAfter, notBefore } = options;
  for (const match of first(text.matchAll(labels))) {
    const end = match.index! + match[0].length;
    if (notAfter && notAfter.test(text.slice(Math.max(0, match.index! - 12), match.index!))) continue;
    if (notBefore && notBefore.test(text.slice(end, end + 12))) continue;
    let token: AmountToken | null = null;
    for (let i = firstIndexFrom(amounts, end); i < amounts.length && amounts[i]!.start - end <= window; i++) {
      if (!overlaps(amounts[i]!, taken)) {
        token = amounts[i]!;
        break;
      }
    }
    if (!token && bare) token = bareAmountAt(text, end);
    if (token && !overlaps(token, taken)) return { token, label: match[0] };
  }
  return null;
}

/** The date after the first label that has one within `window` characters. */
export function dateAfter(text: string, labels: RegExp, dates: DateToken[], window = 14): Labelled<DateToken> | null {
  for (const match of first(text.matchAll(labels))) {
    const end = match.index! + match[0].length;
    const token = firstFrom(dates, end);
    if (token && token.start - end <= window) return { token, label: match[0] };
  }
  return null;
}

/** The date just before a label that follows its date, as Hindi does: "30-08-2026 तक" (until). */
export function dateBefore(text: string, labels: RegExp, dates: DateToken[], window = 4): Labelled<DateToken> | null {
  for (const match of first(text.matchAll(labels))) {
    const next = firstIndexFrom(dates, match.index!);
    const token = next > 0 ? dates[next - 1] : undefined;
    if (token && match.index! - token.end <= window) return { token, label: match[0] };
  }
  return null;
}
