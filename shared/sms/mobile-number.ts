/**
 * The subscriber's number in a message ("Balance for 9632717191 is ...", "Jio Number +91 98765 43210").
 * Read with the store's own normaliser (shared/db/phone-number.ts), so it matches the SIM's number.
 * A masked number (96xxxxxxxx, XXXXXX4294) is left out; so is a message naming two different
 * numbers with nothing to say which is the subscriber's.
 */
import { normaliseMobileNumber } from '../db/phone-number';

export interface NumberToken {
  number: string;
  start: number;
  end: number;
}

/** +91/91/0, then ten digits starting 6-9, maybe split 5+5 by a space or dash; not inside a longer run. */
const CANDIDATE = /(?<![\p{L}\d*+])(?:\+91[\s-]?|91[\s-]?|0)?[6-9]\d{4}[\s-]?\d{5}(?![\d\p{L}*])/gu;
const LABEL_BEFORE = /(?:number|no\.?|mobile|for|on|नंबर|नम्बर|मोबाइल)\s?[:.-]?\s?$/iu;

/** Every unmasked Indian mobile number in the text, in order. */
export function findMobileNumbers(text: string): NumberToken[] {
  const found: NumberToken[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const number = normaliseMobileNumber(match[0]);
    if (number !== null) found.push({ number, start: match.index!, end: match.index! + match[0].length });
  }
  return found;
}

/**
 * The subscriber's number: the only number the text names, or the one labelled "number", "for",
 * "mobile" when there are several. `exclude` are spans already read as something else (a transaction id).
 * @example subscriberNumber('Balance for 9632717191 is Rs. 208.24') === '9632717191'
 */
export function subscriberNumber(text: string, exclude: { start: number; end: number }[] = []): string | null {
  const numbers = findMobileNumbers(text).filter((n) => !exclude.some((x) => n.start < x.end && x.start < n.end));
  const distinct = new Set(numbers.map((n) => n.number));
  if (distinct.size === 1) return numbers[0]!.number;
  const labelled = new Set(numbers.filter((n) => LABEL_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start))).map((n) => n.number));
  return labelled.size === 1 ? [...labelled][0]! : null;
}
