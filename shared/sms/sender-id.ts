/**
 * Sender ids of commercial SMS in India (TRAI's TCCCPR 2018 headers): a two-letter prefix for the
 * access provider and circle, a header of up to nine letters or digits naming the sender, and since
 * 2025 a suffix for the kind of message: -P promotional, -S service, -T transactional, -G government.
 * "JA-JIOPAY-S" is Jio's payments service header; "JX-JIONET-P" would be a Jio promotion.
 *
 * A promotional message is never read as an account event, and a bank's or payment app's header
 * says the message is about money in a bank, not in the SIM's account.
 */
import type { Operator } from '../db/types';

export type SenderCategory = 'promotional' | 'service' | 'transactional' | 'government';

export interface SenderId {
  /** The header without prefix and suffix, upper case: 'JIOPAY'. */
  header: string;
  category: SenderCategory | null;
  /** The operator whose header it is, when it is one. */
  operator: Operator | null;
  /** A bank's or payment app's header (HDFCBK, PAYTMB, PHONPE, ...). */
  bank: boolean;
}

const SHAPE = /^(?:[A-Z]{2}-)?([A-Z0-9]{2,9})(?:-([PSTG]))?$/;
const CATEGORIES: Record<string, SenderCategory> = { P: 'promotional', S: 'service', T: 'transactional', G: 'government' };

/** Header words of the operators (Airtel, Jio, Vi and its Vodafone and Idea, BSNL, MTNL). */
const OPERATOR_HEADERS: [RegExp, Operator][] = [
  [/^(?:JIO(?!PBS|FIN|BNK)|RJIO|MYJIO)/, 'jio'],
  [/^(?:AIRTEL|AIRTL|ARTL|AIRINF|AIROAM|AIRSLF|AIRMTA|AIRPRM)/, 'airtel'],
  [/^(?:VI[A-Z]{2,}|VFCARE|VODAFN|VODA|IDEA|IDEAIN)/, 'vi'],
  [/^BSNL/, 'bsnl'],
  [/^MTNL/, 'mtnl'],
];

/** Banks and payment apps: the header ends in BK/BNK/BANK, or is a known app. Payments banks too. */
const BANK_HEADER = /(?:BK|BNK|BANK|BNKG)$|^(?:SBI|HDFC|ICICI|AXIS|KOTAK|PNB|BOB|CANARA|CANBNK|IDFC|YES|INDUS|UNION|PAYTM|PHONPE|GPAY|GOOGLE|AMZPAY|MOBIKW|FRCHRG|CRED|BHIM|JIOPBS|AIRBNK|NPCI|UPI)/;

/**
 * Reads a sender id; numeric senders (a person, a short code) and unrecognised shapes give null.
 * @example readSenderId('JA-JIOPAY-S') -> { header: 'JIOPAY', category: 'service', operator: 'jio', bank: false }
 */
export function readSenderId(raw: string | undefined): SenderId | null {
  if (raw === undefined) return null;
  const match = SHAPE.exec(raw.trim().toUpperCase());
  if (!match || /^\d+$/.test(match[1]!)) return null;
  const header = match[1]!;
  const operator = OPERATOR_HEADERS.find(([pattern]) => pattern.test(header))?.[1] ?? null;
  return {
    header,
    category: match[2] ? CATEGORIES[match[2]]! : null,
    operator,
    bank: operator === null && BANK_HEADER.test(header),
  };
}
