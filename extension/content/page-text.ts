/**
 * Reading numbers, rupees and validity out of a page's text. The adapters and the generic reader
 * share these, so that "₹ 1,199.00", "Rs. 299" and "+91 98765-43210" read the same everywhere.
 * No DOM beyond querySelector and textContent, so linkedom runs them in tests.
 */

/** An Indian mobile number (10 digits, first 6-9, NNP 2003) with an optional +91 / 91 / 0 in front. */
const MOBILE = /(?<![\d+])(?:\+91[\s-]?|91[\s-]|0)?([6-9]\d{4})[\s-]?(\d{5})(?!\d)/g;
const RUPEES = /(?:₹|\bRs\.?|\bINR)\s*(\d{1,3}(?:,\d{2,3})*|\d+)(?:\.(\d{1,2}))?(?!\d)/gi;
const VALIDITY = /(\d{1,3})\s*(?:days?\b|दिन)/i;

/** Collapses runs of white space, so text from nested markup reads as one line. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the first element matching `selector` under `root`, or '' when there is none. */
export function textAt(root: ParentNode, selector: string): string {
  return cleanText(root.querySelector(selector)?.textContent);
}

/** Every mobile number in `text`, as bare 10 digits, in order of appearance. */
export function mobileNumbersIn(text: string): string[] {
  return [...text.matchAll(MOBILE)].map((match) => `${match[1]}${match[2]}`);
}

/** The first mobile number in `text`, or null. */
export function mobileNumberIn(text: string): string | null {
  return mobileNumbersIn(text)[0] ?? null;
}

/** Every rupee amount in `text`, in paise: '₹1,199.50' is 119950. Integer arithmetic only. */
export function rupeeAmountsIn(text: string): number[] {
  return [...text.matchAll(RUPEES)].map((match) => {
    const rupees = Number(match[1]!.replace(/,/g, ''));
    const paise = Number((match[2] ?? '').padEnd(2, '0'));
    return rupees * 100 + paise;
  });
}

/** The first positive rupee amount in `text`, in paise, or null. */
export function rupeeAmountIn(text: string): number | null {
  return rupeeAmountsIn(text).find((paise) => paise > 0) ?? null;
}

/** "28 Days", "84 days", "28 दिन" as a number of days (1-365, reg 4(2) as amended), or undefined. */
export function validityDaysIn(text: string): number | undefined {
  const match = VALIDITY.exec(text);
  const days = match ? Number(match[1]) : NaN;
  return days >= 1 && days <= 365 ? days : undefined;
}

/**
 * The text of the value beside a label, however the site pairs them (dt/dd, th/td, two spans):
 * the element whose own text is the label, then its next element sibling.
 */
export function valueBeside(root: ParentNode, label: RegExp): string {
  for (const element of root.querySelectorAll('dt, th, td, span, div, p, label, strong')) {
    if (element.children.length > 0 || !label.test(cleanText(element.textContent))) continue;
    const value = element.nextElementSibling;
    if (value) return cleanText(value.textContent);
  }
  return '';
}

/** A plan name fit to be a note: one line, at most 120 characters. */
export function planName(text: string): string | undefined {
  const clean = cleanText(text);
  return clean === '' ? undefined : clean.slice(0, 120);
}
