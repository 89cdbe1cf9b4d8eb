/**
 * Messages that must never become an event, however much they look like one (issue 9: "unknown,
 * never a guess presented as fact"):
 * - promotional SMS: a -P sender (TCCCPR 2018 headers, 2025 suffixes; see sender-id.ts);
 * - anything from a business's header that is not an operator's: operators send account SMS from
 *   their own headers, and a wallet's "balance" is not the SIM's;
 * - one-time passwords;
 * - a bank's or payment app's debit alert: "Rs 299 paid to Jio Prepaid via UPI" is money leaving a
 *   bank account, not a recharge the operator has applied;
 * - a recharge that failed, is pending or was reversed;
 * - a recharge of something other than a mobile number: DTH, FASTag, a metro card.
 */
import type { SenderId } from './sender-id';
import type { UnknownReason } from './types';

export interface Refusal {
  reason: UnknownReason;
  /** What gave it away: a word of the text, or the sender id. */
  matched: string;
}

const OTP = /(?<![\p{L}\d])(otp|one[\s-]?time[\s-]?password|verification code|security code|is your code|ओटीपी|वन टाइम पासवर्ड)(?![\p{L}\p{M}])/iu;
/** A masked account or card number, UPI and bank-transfer words, "Avl Bal" (a bank's available balance). */
const BANK = /(?<![\p{L}\d])((?:a\/c|acct|account|card)\s?(?:no\.?\s?)?(?:ending\s?(?:with\s?)?)?[x*]{1,12}\d{2,6}|a\/c\s?no|(?:your|the|bank)\s?a\/c|upi\s?(?:ref|txn|id)|vpa|neft|imps|rtgs|avl\.?\s?bal|avbl\.?\s?bal|debit card|credit card|net\s?banking|ledger balance|avl\.?\s?limit|avlb|spent (?:on|at)|बैंक खाते|खाते से डेबिट)(?![\p{L}\p{M}])/iu;
/**
 * A wallet's balance, money credited to an account: refused unless an operator's own header sent it
 * (an operator credits talktime to the main balance, not money to "your account").
 */
const WALLET = /(?<![\p{L}\d])(wallet|वॉलेट|(?:was|is|has been) credited to your (?:a\/c|account|bank))(?![\p{L}\p{M}])/iu;
const PAYMENT_APP = /(?<![\p{L}\d])(paytm|phonepe|google pay|gpay|amazon pay|mobikwik|freecharge|bhim|cred)(?![\p{L}\p{M}])/iu;
const MONEY_MOVED = /(?<![\p{L}\d])(paid|debited|sent|payment of|transferred|भुगतान)(?![\p{L}\p{M}])/iu;
const NOT_MOBILE = /(?<![\p{L}\d])(dth|fastag|smart\s?card|metro card|metro|gift card|electricity|tata\s?sky|tata play|dish\s?tv|d2h|sun direct|broadband|fiber|fibre|airfiber|landline|डीटीएच|फास्टैग)(?![\p{L}\p{M}])/iu;
const FAILED = /(?<![\p{L}\d])(failed|failure|unsuccessful|not successful|declined|could not be|couldn't be|pending|reversed|will be refunded|refund(?:ed)?|विफल|असफल|रिफंड)(?![\p{L}\p{M}])/iu;

/**
 * Why the message is not an operator's account message, or null when it may be one.
 * @example refusalOf('123456 is your OTP for login', null)?.reason === 'otp'
 */
export function refusalOf(text: string, sender: SenderId | null): Refusal | null {
  if (sender?.category === 'promotional') return { reason: 'promotional', matched: sender.header + '-P' };
  if (sender?.bank) return { reason: 'bank', matched: sender.header };
  if (sender && sender.operator === null) return { reason: 'not_operator', matched: sender.header };
  const otp = OTP.exec(text);
  if (otp) return { reason: 'otp', matched: otp[1]! };
  const bank = BANK.exec(text);
  if (bank) return { reason: 'bank', matched: bank[1]! };
  const wallet = sender?.operator ? null : WALLET.exec(text);
  if (wallet) return { reason: 'payment_app', matched: wallet[1]! };
  const app = PAYMENT_APP.exec(text);
  const moved = MONEY_MOVED.exec(text);
  if (app && moved && !sender?.operator) return { reason: 'payment_app', matched: app[1]! };
  const other = NOT_MOBILE.exec(text);
  if (other) return { reason: 'not_mobile', matched: other[1]! };
  const failed = FAILED.exec(text);
  if (failed) return { reason: 'failed', matched: failed[1]! };
  return null;
}
