/**
 * One adapter per recharge site (extension/content/sites/<id>.ts), in the manner of
 * refined-github's one-feature-one-file: the id is the file name, and
 * test/extension/content/sites/registry.test.ts checks each is registered with its fixture, test
 * and SITE_MATCHES entry.
 */
import type { FoundRecharge } from './found-recharge';
import { cleanText } from './page-text';

export interface SiteAdapter {
  /** The file name and the id of its SITE_MATCHES entry. */
  id: string;
  /**
   * The selector of the line that says how the payment went ("Recharge successful", "... failed",
   * "... pending"). A page without it shows no outcome (a plan list, or a status not rendered yet).
   */
  status: string;
  /**
   * Cheap: does the page show a completed recharge? One selector and the status words, no scan
   * of the whole page. A pending or failed payment must answer false.
   */
  isConfirmation(document: Document): boolean;
  /** The recharge the confirmation shows, or null when the number or amount is not there. */
  read(document: Document): FoundRecharge | null;
}

/** The recharge on a confirmation page, or null on any other page. */
export function findRecharge(adapter: SiteAdapter, document: Document): FoundRecharge | null {
  return adapter.isConfirmation(document) ? adapter.read(document) : null;
}

/** The text of the adapter's status line, '' when the page has none. */
export function statusText(adapter: SiteAdapter, document: Document): string {
  return cleanText(document.querySelector(adapter.status)?.textContent);
}

/** A recharge from the fields an adapter found, or null without a number and an amount. */
export function rechargeOf(fields: {
  number: string | null; amount: number | null; plan?: string | undefined; validityDays?: number | undefined;
}): FoundRecharge | null {
  if (fields.number === null || fields.amount === null) return null;
  const found: FoundRecharge = { number: fields.number, amount: fields.amount };
  if (fields.plan !== undefined) found.plan = fields.plan;
  if (fields.validityDays !== undefined) found.validityDays = fields.validityDays;
  return found;
}

/** Words that mean the payment went through, and words that mean it did not (checked first). */
export const SUCCESS_WORDS = /\b(success(ful(ly)?)?|completed?|done|confirmed)\b|सफल/i;
export const NOT_YET_WORDS = /\b(fail(ed|ure)?|pending|processing|unsuccessful|declined|cancell?ed|in progress|awaiting|refund(ed)?)\b|असफल|विफल|लंबित/i;
/** Of those, the words of a payment still under way: the page may yet turn into a confirmation. */
export const PENDING_WORDS = /\b(pending|processing|in progress|awaiting)\b|लंबित/i;

/** Whether a status text says the recharge is done: success words and no failure or pending words. */
export function saysSuccess(status: string): boolean {
  return SUCCESS_WORDS.test(status) && !NOT_YET_WORDS.test(status);
}
