/**
 * The labels operators put before (or, in Hindi, after) each figure and date of a message, and the
 * reading of each field from them. Which fields a kind carries follows the regulations: a recharge
 * SMS states the amount charged, the value added and the validity (reg 6); a usage SMS the charge and
 * the balance (reg 7); an ANR SMS the amount deducted, its purpose and the balance (reg 15(3)).
 */
import { findAmounts, type AmountToken } from './amounts';
import { findDates, type DateToken } from './dates';
import { amountAfter, dateAfter, dateBefore, type Labelled, type Span } from './labelled-values';

const START = String.raw`(?<![\p{L}\p{M}\d])`;
const END = String.raw`(?![\p{L}\p{M}])`;
const labels = (alternatives: string) => new RegExp(`${START}(?:${alternatives})${END}`, 'giu');

/** Balances named as the main one, or as what is left: read before a bare "balance". */
const MAIN_BALANCE = labels(String.raw`available main bal(?:ance)?|main (?:acc(?:ount)? |a/c )?bal(?:ance)?(?: left| is)?|main balance left|bal(?:ance)? left|bal_left|bal-left|remain(?:in)?g (?:main )?(?:acc(?:ount)? )?bal(?:ance)?|current bal(?:ance)?(?: is)?|mainbal|मुख्य बैलेंस|मुख्य शेष|शेष राशि|शेष बैलेंस`);
const ANY_BALANCE = labels(String.raw`balance|bal|बैलेंस|शेष`);
/** A balance label after these words is another account: "charged from Main Bal", "PROMO BAL". */
const NOT_MAIN = /(?:from|promo|night|pack|data|2g|3g|4g|sms|free|bonus|loc|local)[\s_:]*$/iu;
/** "मुख्य बैलेंस से ₹20 काटे": the balance the money came from (से, from), not the balance left. */
const FROM_AFTER = /^\s?से(?![\p{L}\p{M}])/u;
const CHARGE = labels(String.raw`call charge|lastcallcost|last call cost|call cost|charge|charges|charged|chrg|cost|shulk|deducted|from main bal(?:ance)?|शुल्क`);
const PAID = labels(String.raw`recharge(?:d)? (?:of|with|for|amount)|top[\s-]?up of|recharge amount|amount(?: paid)?|mrp|plan of|pack of|voucher of|रिचार्ज राशि`);
const MONETARY = labels(String.raw`talk ?time|talk value|monetary value|net value|tt|टॉकटाइम`);
const VALID_TILL = labels(String.raw`valid till|valid upto|valid up to|valid until|valid thru|validity(?: till| upto| up to| until| date| ends on| extended till| extended to)?|val(?: till)?|account exp(?:iry)? date|exp(?:iry)?(?: date)?|exp dt|expires on|expiring on|expire on|will expire on|expired on|will expire|expires|expiring|ends on|ending on|extended till|extended to|extended upto|till|upto|until|वैधता|तक वैध|मान्य`);
const VALID_TILL_AFTER = labels(String.raw`तक|को समाप्त|को खत्म|को ख़त्म`);
const EVENT_DATE = labels(String.raw`on|dated|date|dt|session date|दिनांक`);
/** Hindi puts "on" and "from" after the date: "12-03-2026 को", "20-12-2026 से". */
const EVENT_DATE_AFTER = labels(String.raw`को|से`);
const DATA_USED = /(?<![\p{L}])(?:vol(?:ume)?[\s_]?used|consumed[\s_]?volume|usage(?: was)?|data used|vol|last call of)\s?[:=]?\s?(\d{1,7}(?:\.\d{1,6})?)\s?(mb|kb|gb)(?![\p{L}])/iu;

/** Every token of a message, found once. */
export interface Tokens {
  text: string;
  amounts: AmountToken[];
  dates: DateToken[];
}

export function tokensOf(text: string): Tokens {
  return { text, amounts: findAmounts(text), dates: findDates(text) };
}

/** The main balance the message states, with bare figures allowed ("Main Bal:0.500"). */
export function mainBalance(t: Tokens): Labelled<AmountToken> | null {
  const options = { window: 24, bare: true, notAfter: NOT_MAIN, notBefore: FROM_AFTER };
  return amountAfter(t.text, MAIN_BALANCE, t.amounts, options) ?? amountAfter(t.text, ANY_BALANCE, t.amounts, options);
}

/** What a call, SMS or data session cost (reg 7). */
export function charge(t: Tokens, taken: Span[]): Labelled<AmountToken> | null {
  return amountAfter(t.text, CHARGE, t.amounts, { window: 16, bare: true, taken });
}

/** What a recharge cost: after its label, else (flagged unlabelled) the first amount not otherwise read. */
export function amountPaid(t: Tokens, taken: Span[]): { token: AmountToken; label: string | null } | null {
  return amountAfter(t.text, PAID, t.amounts, { window: 16, taken }) ?? firstFree(t, taken);
}

/** Talktime or monetary value added (reg 6(b)(iv), 6(d)(iv)). */
export function monetaryValue(t: Tokens, taken: Span[]): Labelled<AmountToken> | null {
  return amountAfter(t.text, MONETARY, t.amounts, { window: 16, taken, bare: true });
}

/** The first currency-marked amount not read as another field: the amount of an ANR deduction. */
export function firstFree(t: Tokens, taken: Span[]): { token: AmountToken; label: null } | null {
  const token = t.amounts.find((a) => !taken.some((x) => a.start < x.end && x.start < a.end));
  return token ? { token, label: null } : null;
}

/**
 * The validity end: the date after a validity label, before a Hindi "तक" (until), or right after
 * the main balance ("Main Bal:Rs.24.460,28-07-2027", Reliance's reply).
 */
export function validityEnds(t: Tokens, balance: AmountToken | null): Labelled<DateToken> | null {
  const labelled = dateAfter(t.text, VALID_TILL, t.dates) ?? dateBefore(t.text, VALID_TILL_AFTER, t.dates);
  if (labelled) return labelled;
  if (balance === null) return null;
  const next = t.dates.find((d) => d.start >= balance.end && d.start - balance.end <= 2);
  return next ? { token: next, label: t.text.slice(balance.start, balance.end) } : null;
}

/** The day the message reports: after "on", "dated", "date", before को or से; never the validity date. */
export function eventDate(t: Tokens, validity: DateToken | null): Labelled<DateToken> | null {
  const dates = validity ? t.dates.filter((d) => d.start !== validity.start) : t.dates;
  return dateAfter(t.text, EVENT_DATE, dates, 6) ?? dateBefore(t.text, EVENT_DATE_AFTER, dates, 2);
}

/**
 * Data used in a session, in MB (reg 7(b)(i)); KB and GB are converted (1 MB = 1024 KB).
 * @example dataUsedMb('Vol Used :0.06 MB') === 0.06
 */
export function dataUsedMb(text: string): number | null {
  const match = DATA_USED.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  const unit = match[2]!.toLowerCase();
  const mb = unit === 'kb' ? value / 1024 : unit === 'gb' ? value * 1024 : value;
  return Math.round(mb * 1000) / 1000;
}
