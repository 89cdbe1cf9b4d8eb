/** Reading operator SMS: the parser, its command-line line, and the events a reading proposes. */
export { parseSms } from './parse-sms';
export { eventsFromSms, type ProposedEvent } from './events-from-sms';
export { runSmsLine } from './run-sms-line';
export { SMS_KINDS, type Confidence, type SmsInput, type SmsKind, type SmsReading, type UnknownReason, type UsageKind } from './types';
