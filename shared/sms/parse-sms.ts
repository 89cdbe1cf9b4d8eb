/**
 * One operator SMS read into what it says (issue 9): its kind, and the figures and dates it carries.
 * Operators must send such an SMS after every recharge (reg 6), after every deduction for a call, SMS
 * or data session (reg 7), and after every ANR deduction (reg 15(3)); they also answer balance
 * queries and warn before a plan's validity ends.
 *
 * Pure: the day the message arrived is an argument, never the clock. What is not surely an operator's
 * account message (a -P sender, an OTP, a bank's or payment app's debit alert, a failed recharge,
 * anything not understood) is 'unknown' and carries no figures: never a guess presented as fact.
 */
import type { IsoDate } from '../rules/dates';
import { classify, isAhead, usageKind } from './classify';
import type { AmountToken } from './amounts';
import { dateOf, type DateLean, type DateToken } from './dates';
import {
  amountPaid, charge, dataUsedMb, eventDate, firstFree, mainBalance, monetaryValue, tokensOf, validityEnds,
  type Tokens,
} from './fields';
import type { Span } from './labelled-values';
import { subscriberNumber } from './mobile-number';
import { normaliseText } from './normalise-text';
import { refusalOf } from './not-an-account-message';
import { operatorNamed } from './operator-named';
import { readSenderId, type SenderId } from './sender-id';
import { findTransactionId } from './transaction-id';
import type { Confidence, SmsInput, SmsKind, SmsReading } from './types';

/**
 * The longest text read as one SMS. A long SMS travels as up to ten parts of 153 characters (67 in
 * Devanagari), so 2,000 characters hold any operator message with room to spare; longer text is
 * a paste of many messages or not an SMS at all, and is 'unknown' without being read.
 */
export const MAX_SMS_CHARS = 2_000;

/**
 * Reads one message.
 * @example
 * parseSms({ text: 'Your Balance is: Rs.50.42 with Validity:Jun 19 2017', received: '2017-05-01' })
 * // { kind: 'balance', balance: 5042, validityEnds: '2017-06-19', date: '2017-05-01', dateFrom: 'received',
 * //   confidence: 'medium', matched: ['Balance', 'Balance', 'Validity:'] }
 */
export function parseSms(input: SmsInput): SmsReading {
  const text = normaliseText(input.text);
  if (text.length > MAX_SMS_CHARS) return { kind: 'unknown', reason: 'too_long', confidence: 'high', matched: [] };
  return readMessage(text, input.sender, input.received);
}

/**
 * The reading of a normalised text of any length, without parseSms's limit: every pattern is
 * linear, so this is what the fuzz tests and the bench run on 100 KB to show no pattern backtracks.
 */
export function readMessage(text: string, senderId?: string, received?: IsoDate): SmsReading {
  const sender = readSenderId(senderId);
  const refusal = refusalOf(text, sender);
  if (refusal) return { kind: 'unknown', reason: refusal.reason, confidence: 'high', matched: [refusal.matched] };
  const { kind, matched } = classify(text);
  if (kind === 'unknown') return notUnderstood();
  // "has been deactivated. You will be able to reactivate" is done: the tense is the event's own.
  const ahead = (kind === 'deactivation' || kind === 'anr_deduction') && isAhead(text);
  const reading = readFields(kind, tokensOf(text), received, sender, ahead);
  if (reading === null) return notUnderstood();
  return { ...reading, matched: [...new Set([...matched, ...reading.matched])] };
}

function notUnderstood(): SmsReading {
  return { kind: 'unknown', reason: 'not_understood', confidence: 'low', matched: [] };
}

/** What reading a kind's own figures needs and fills in. */
interface KindContext {
  t: Tokens;
  reading: SmsReading;
  /** Spans already read as a field, which no other field may take. */
  taken: Span[];
  balance: AmountToken | null;
  note: (label: string | null) => void;
}

/** Whether the kind's key figure was found, and found after its label (not as the first free amount). */
interface KeyFigure {
  found: boolean;
  labelled: boolean;
}

/** Each kind's own figures; null when without them the words alone say too little to be that kind. */
const KIND_FIGURES: Record<Exclude<SmsKind, 'unknown'>, (c: KindContext) => KeyFigure | null> = {
  // Reg 6: the amount charged, and for a top-up or combo the value added.
  recharge: ({ t, reading, taken, note }) => {
    const value = monetaryValue(t, taken);
    if (value) {
      taken.push(value.token);
      reading.monetaryValue = value.token.paise;
      note(value.label);
    }
    const paid = amountPaid(t, taken);
    if (paid) {
      reading.amount = paid.token.paise;
      note(paid.label ?? paid.token.text);
    }
    return { found: paid !== null, labelled: paid?.label != null };
  },
  // Reg 15(3): the amount deducted (the balance after it is read for every kind).
  anr_deduction: ({ t, reading, taken }) => {
    const deducted = firstFree(t, taken);
    if (deducted) reading.amount = deducted.token.paise;
    return { found: deducted !== null, labelled: true };
  },
  // Reg 7: the charge, or at least the balance after it.
  usage: ({ t, reading, taken, balance, note }) => {
    reading.usage = usageKind(t.text);
    // A service's SMS states its price before "deducted": the first amount not the balance.
    const cost = charge(t, taken) ?? (reading.usage === 'vas' ? firstFree(t, taken) : null);
    if (cost) {
      reading.charge = cost.token.paise;
      note(cost.label);
    }
    const data = dataUsedMb(t.text);
    if (data !== null) reading.dataUsedMb = data;
    return cost === null && balance === null ? null : { found: true, labelled: true };
  },
  balance: ({ balance }) => (balance === null ? null : { found: true, labelled: true }),
  validity: ({ reading }) => ({ found: reading.validityEnds !== undefined, labelled: true }),
  deactivation: () => ({ found: true, labelled: true }),
};

/** The fields of a message of a known kind; null when its key figure is missing and the words alone say too little. */
function readFields(
  kind: Exclude<SmsKind, 'unknown'>, t: Tokens, received: IsoDate | undefined, sender: SenderId | null, ahead: boolean,
): SmsReading | null {
  const reading: SmsReading = { kind, confidence: 'low', matched: [] };
  const note = (label: string | null) => {
    if (label) reading.matched.push(label.trim());
  };
  const { taken, balance, validity } = readCommonFields(t, reading, received, sender, note);
  if (ahead) reading.ahead = true;
  const key = KIND_FIGURES[kind]({ t, reading, taken, balance, note });
  if (key === null) return null;
  // A validity warning looks ahead: its dates are the future, the message's day is when it came.
  const onDate = kind === 'validity' ? null : eventDate(t, validity);
  if (onDate && setDate(reading, 'date', onDate.token, received, ahead ? 'future' : 'past')) {
    reading.dateFrom = 'text';
    note(onDate.label);
  } else if (received !== undefined) {
    reading.date = received;
    reading.dateFrom = 'received';
  }
  reading.confidence = confidenceOf(key, sender);
  return reading;
}

/** What any kind may carry: transaction id, main balance, validity end, number, operator. */
function readCommonFields(
  t: Tokens, reading: SmsReading, received: IsoDate | undefined, sender: SenderId | null, note: (label: string | null) => void,
): { taken: Span[]; balance: AmountToken | null; validity: DateToken | null } {
  const taken: Span[] = [];
  const transaction = findTransactionId(t.text);
  if (transaction) {
    taken.push(transaction);
    reading.transactionId = transaction.id;
  }
  const balance = mainBalance(t);
  if (balance) {
    taken.push(balance.token);
    reading.balance = balance.token.paise;
    note(balance.label);
  }
  const validity = validityEnds(t, balance?.token ?? null);
  if (validity) {
    note(validity.label);
    setDate(reading, 'validityEnds', validity.token, received, 'future');
  }
  note(transaction?.label ?? null);
  const number = subscriberNumber(t.text, transaction ? [transaction] : []);
  if (number) reading.number = number;
  const operator = sender?.operator ?? operatorNamed(t.text);
  if (operator) reading.operator = operator;
  return { taken, balance: balance?.token ?? null, validity: validity?.token ?? null };
}

/** Sets a date field from a token; false when the token's date cannot be known (no year, no received date). */
function setDate(reading: SmsReading, field: 'date' | 'validityEnds', token: DateToken, received: IsoDate | undefined, lean: DateLean): boolean {
  const date = dateOf(token, received, lean);
  if (date === null) return false;
  reading[field] = date;
  reading.matched.push(token.text.trim().replace(/[.,]$/, ''));
  return true;
}

/**
 * high: the key figure, labelled, from an operator's own sender; medium: the figure, but an unknown
 * sender or an unlabelled amount; low: the words without the figure.
 */
function confidenceOf(key: KeyFigure, sender: SenderId | null): Confidence {
  if (!key.found) return 'low';
  return key.labelled && sender?.operator ? 'high' : 'medium';
}
