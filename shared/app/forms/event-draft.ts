/**
 * A log form filled in elsewhere, handed to the log screen in memory: the SMS screen's manual entry
 * for a message it could not read (issue 9, section 2) opens the log form with what is known. It
 * travels in memory, not in the address, so a message's text never lands in the history.
 */
import type { EventFormValues } from './event-form';

let draft: { simId: string; values: EventFormValues } | null = null;

export function offerEventDraft(simId: string, values: EventFormValues): void {
  draft = { simId, values };
}

/** The draft for this SIM, once; a draft for another SIM is dropped. */
export function takeEventDraft(simId: string): EventFormValues | null {
  const taken = draft?.simId === simId ? draft.values : null;
  draft = null;
  return taken;
}
