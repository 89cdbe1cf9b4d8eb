/**
 * Whether an event proposed from an SMS is already logged (issue 9, section 2), so that sharing the
 * same message twice never records it twice: an event whose note holds the message's transaction
 * id (the note keeps the text when the user asked for it), or an event of the same type, date and
 * amount (for use: the same kind on the same day, which counts once anyway, reg 2(aa)).
 */
import type { SimEvent } from '../../rules/types';

export type Duplicate = 'transaction' | 'same';

type Logged = SimEvent & { note?: string | undefined };

export function duplicateOf(event: SimEvent, transactionId: string | undefined, logged: readonly Logged[]): Duplicate | null {
  if (transactionId !== undefined && transactionId.length >= 6) {
    const id = transactionId.toLowerCase();
    if (logged.some((e) => e.type === event.type && e.note?.toLowerCase().includes(id))) return 'transaction';
  }
  return logged.some((e) => sameEvent(e, event)) ? 'same' : null;
}

function sameEvent(a: SimEvent, b: SimEvent): boolean {
  if (a.type !== b.type || a.date !== b.date) return false;
  if (a.type === 'activity' && b.type === 'activity') return a.kind === b.kind;
  return amountOf(a) === amountOf(b);
}

function amountOf(event: SimEvent): number | undefined {
  return 'amount' in event ? event.amount : undefined;
}
