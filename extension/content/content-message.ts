/**
 * What the content scripts say to the background and what it answers. Content scripts run in the
 * site's origin and never open IndexedDB: they send these through chrome.runtime.sendMessage and
 * the background (extension/background/content-messages.ts) checks, decides and writes.
 *
 * `site` is the adapter's id, or 'reader' for the generic reader the user started.
 */
import type { FoundRecharge } from './found-recharge';

export const READER_SITE = 'reader';

export type ContentMessage =
  /** Is this number one of the user's SIMs, and should the prompt show on this site? */
  | { type: 'recharge.lookup'; site: string; recharge: FoundRecharge }
  /** The user said yes: log the recharge. */
  | { type: 'recharge.log'; site: string; recharge: FoundRecharge }
  /** The user chose "Add this SIM": open the app's add form with the number filled in. */
  | { type: 'sim.add'; site: string; number: string }
  /** The user chose "Don't ask on this site". */
  | { type: 'site.dismiss'; site: string }
  /** The generic reader found nothing: the words to say so. */
  | { type: 'reader.nothing'; site: string };

export type PromptAction = 'yes' | 'add' | 'later' | 'never' | 'close';

/**
 * A prompt as the background words it, in the user's language: the content script only shows
 * it, so it carries no dictionary of its own (and stays small).
 */
export interface PromptView {
  lang: string;
  title: string;
  message: string;
  details: string[];
  buttons: { action: PromptAction; label: string }[];
  /** The label of the close (×) button, read by screen readers. */
  closeLabel: string;
}

export type ContentReply =
  | { ok: true; view: PromptView | null }
  | { ok: false; error: string; view?: PromptView };
