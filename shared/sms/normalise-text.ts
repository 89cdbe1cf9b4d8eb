/**
 * One spelling of a message before it is read: Devanagari digits become ASCII digits (Hindi SMS
 * write "₹४५.५०"), invisible characters go, control characters and every run of spaces become one
 * space. Three passes of single-character classes: linear in the text's length, nothing to backtrack.
 */

const DEVANAGARI_DIGIT = /[\u0966-\u096f]/g;
/** Zero-width characters, the byte-order mark and the soft hyphen: dropped, so "रि\u200dचार्ज" reads as "रिचार्ज". */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;
/** Whitespace, and control characters (C0, DEL, C1), which only ever separate words. */
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u00a0]+/g;

/**
 * The text the parser reads.
 * @example normaliseText('शेष ₹४५.५०\u200b') === 'शेष ₹45.50'
 */
export function normaliseText(text: string): string {
  return text
    .replace(DEVANAGARI_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x0966 + 48))
    .replace(INVISIBLE, '')
    .replace(SPACE_OR_CONTROL, ' ')
    .trim();
}
