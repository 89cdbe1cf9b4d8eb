/**
 * What a page says about a completed recharge, as a content script hands it to the background.
 * Amount in paise (shared/rules/money.ts); the number as the bare 10 digits of
 * shared/db/phone-number.ts. Plan and validity only when the page shows them.
 */
export interface FoundRecharge {
  number: string;
  amount: number;
  plan?: string;
  validityDays?: number;
}
