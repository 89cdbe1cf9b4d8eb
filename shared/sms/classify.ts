/**
 * Which kind of operator message a text is, from its words in English or Hindi. The kinds are tried
 * in order, most specific first, and the first whose words are all present wins:
 * 1. ANR deduction (reg 15(3)): money deducted AND a purpose of keeping the number (retention,
 *    non-usage, "to keep your number active");
 * 2. recharge (reg 6): a recharge AND a word of success;
 * 3. usage (reg 7): a charge for a call, SMS or data session, or a deduction for a value added
 *    service (reg 7(c)), which is use too (reg 2(aa));
 * 4. deactivation: the number or its services are (or will be) suspended, deactivated, disconnected;
 * 5. validity: the plan or validity expires, has expired or will end (a warning);
 * 6. balance: a balance (and validity) reply.
 * The words matched are returned, so a reader can see why.
 */
import type { SmsKind, UsageKind } from './types';

const WORD_START = String.raw`(?<![\p{L}\p{M}\d])`;
const WORD_END = String.raw`(?![\p{L}\p{M}])`;
const words = (alternatives: string) => new RegExp(`${WORD_START}(${alternatives})${WORD_END}`, 'iu');

const DEDUCTED = words(String.raw`deducted|deduction|debited|charged|levied|काटे|काटा|काटी|काट लिए|काट लिया|काट ली|कटौती|कटे`);
const RETENTION = words(String.raw`number retention|retention|retain|keep (?:your |the )?(?:number|sim|connection|mobile number)(?: active)?|number active|non[\s-]?usage|inactivity|anr|automatic number retention|नंबर रिटेंशन|रिटेंशन|नंबर चालू|नंबर सक्रिय|सक्रिय रखने|चालू रखने|निष्क्रियता`);
const RECHARGE = words(String.raw`recharge|recharged|top[\s-]?up|topup|रिचार्ज|रीचार्ज`);
const SUCCESS = words(String.raw`successful|successfully|success|is done|has been done|completed|has been recharged|have recharged|recharged with|credited to your (?:main )?(?:account|balance)|activated|सफल|सफलतापूर्वक|हो गया है|हो गया`);
const USAGE = words(String.raw`last call|call charge|call cost|call chrg|call_chrg|call_durn|call dur|lastcallcost|callcharge|call charges|voice cost|data session|session cost|session charge|data_chrg|vol used|consumed volume|last data session|last sms|sms cost|sms charge|last usage|duration|durn|dur|chrg|पिछली कॉल|अंतिम कॉल|कॉल शुल्क|डेटा सत्र`);
/** A value added service charged to the balance (reg 7(c)): a caller tune, a subscription. */
const VAS = words(String.raw`hello ?tune|caller ?tune|callertune|subscription|value added service|vas|जियोट्यून|हैलो ट्यून|कॉलर ट्यून|सब्सक्रिप्शन`);
const DEACTIVATED = words(String.raw`(?:has been|have been|is|are|was|were|will be|shall be|got|is being|stands) (?:permanently |temporarily )?(?:deactivated|suspended|disconnected|barred permanently)|deactivation of your (?:number|connection|sim)|number (?:is|has been) (?:deactivated|suspended)|सेवाएं निलंबित|सेवाएँ निलंबित|निलंबित कर दी|निलंबित कर दिया|निष्क्रिय कर दिया|निष्क्रिय कर दी|बंद कर दी गई|बंद कर दिया गया|बंद कर दी जाएंगी|बंद कर दिया जाएगा`);
const AVOID = words(String.raw`to avoid|avoid|to prevent|से बचने`);
const EXPIRY = words(String.raw`will expire|expires (?:on|today|tomorrow|in)|expiring|is expiring|has expired|have expired|expired|validity (?:ends|ending|will end|is ending|ended|has ended)|will end|ends on|ending on|last day|outgoing (?:calls |services )?(?:will be |are |have been )?(?:barred|stopped)|incoming (?:calls |services )?(?:will |shall )?(?:be )?(?:barred|stop)|समाप्त हो|समाप्त होगी|समाप्त होने|खत्म हो|ख़त्म हो`);
const BALANCE = words(String.raw`balance|bal|main bal|bal_left|bal-left|mainbal|बैलेंस|शेष राशि|शेष`);

/** "will be deducted", "will be deactivated", "काटे जाएंगे": announced for later, not done. */
const AHEAD = /(?<![\p{L}])(?:will|shall|would)\s(?:be\s)?(?:auto[\s-]?)?(?:deducted|debited|charged|deactivated|suspended|disconnected|barred)|जाएग|जाएं/iu;

/**
 * Whether the event a message of this kind reports is announced for later rather than done: a
 * deactivation or an ANR deduction that "will be" made.
 * @example isAhead('Rs 20 will be deducted to keep your number active') === true
 */
export function isAhead(text: string): boolean {
  return AHEAD.test(text);
}

export interface Classification {
  kind: SmsKind;
  /** The cue words as written in the text. */
  matched: string[];
}

/**
 * The kind of message the words say, with the words that said it; 'unknown' when none fits.
 * @example classify('Rs 20 deducted to keep your number active').kind === 'anr_deduction'
 */
export function classify(text: string): Classification {
  const cue = (pattern: RegExp) => pattern.exec(text)?.[1] ?? null;
  const all = (...patterns: RegExp[]) => {
    const found = patterns.map(cue);
    return found.every((f) => f !== null) ? (found as string[]) : null;
  };
  const checks: [SmsKind, () => string[] | null][] = [
    ['anr_deduction', () => all(DEDUCTED, RETENTION)],
    ['recharge', () => all(RECHARGE, SUCCESS)],
    ['usage', () => all(USAGE) ?? all(VAS, DEDUCTED)],
    ['deactivation', () => (cue(AVOID) ? null : all(DEACTIVATED))],
    ['validity', () => all(EXPIRY)],
    ['balance', () => all(BALANCE)],
  ];
  for (const [kind, check] of checks) {
    const matched = check();
    if (matched) return { kind, matched };
  }
  return { kind: 'unknown', matched: [] };
}

const SMS = words(String.raw`sms|एसएमएस`);
const DATA = words(String.raw`data|session|vol|volume|mb|kb|gb|internet|डेटा`);
const VOLUME = /\d\s?(?:kb|mb|gb)/iu;
/** "call", but not BSNL's "last call of 10Kb", which is a data session. */
const CALL = /(?<![\p{L}])call(?!\s?of\s?\d)/iu;

/**
 * What a charged usage was: a value added service, an SMS, a data session, or otherwise a call
 * (reg 7(a)-(c)).
 * @example usageKind('Data Session Charge:Rs 0. Bal Rs.0.01') === 'data'
 */
export function usageKind(text: string): UsageKind {
  if (VAS.test(text) && DEDUCTED.test(text)) return 'vas';
  if (SMS.test(text) && !CALL.test(text)) return 'sms';
  if ((DATA.test(text) || VOLUME.test(text)) && !CALL.test(text)) return 'data';
  return 'call';
}
