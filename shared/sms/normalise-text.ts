/**
 * One spelling of a message before it is read: Devanagari digits become ASCII digits (Hindi SMS
 * write "₹४५.५०"), invisible and control characters go, every run of spaces is one space.
 * Linear in the text's length; no regular expression here can backtrack.
 */

const DEVANAGARI_ZERO = 0x0966;

/**
 * The text the parser reads.
 * @example normaliseText('शेष ₹४५.५०\u200b') === 'शेष ₹45.50'
 */
export function normaliseText(text: string): string {
  let out = '';
  let space = false;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= DEVANAGARI_ZERO && code <= DEVANAGARI_ZERO + 9) {
      out += String.fromCharCode(48 + code - DEVANAGARI_ZERO);
      space = false;
    } else if (isInvisible(code)) {
      continue;
    } else if (isSpaceOrControl(code)) {
      if (!space && out !== '') out += ' ';
      space = true;
    } else {
      out += char;
      space = false;
    }
  }
  return space ? out.slice(0, -1) : out;
}

/** Zero-width characters and the byte-order mark: dropped, so "रि\u200dचार्ज" reads as "रिचार्ज". */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff || code === 0xad;
}

/** Whitespace, and control characters (C0, DEL, C1), which only ever separate words. */
function isSpaceOrControl(code: number): boolean {
  return code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}
