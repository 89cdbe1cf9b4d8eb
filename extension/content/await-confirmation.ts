/**
 * Waiting for a confirmation page to show its result. The sites render the status after their
 * payment call returns, so the first look may come too early; a mutation observer looks again,
 * at most every 400 ms and for at most a minute, then stops for good. A page that never shows a
 * completed recharge costs one cheap check per look and nothing after that minute.
 */
import type { FoundRecharge } from './found-recharge';
import { findRecharge, type SiteAdapter } from './site-adapter';

const LOOK_EVERY_MS = 400;
const GIVE_UP_AFTER_MS = 60_000;

/** Calls `found` once with the page's recharge, if the page shows one within the minute. */
export function awaitConfirmation(adapter: SiteAdapter, document: Document, found: (recharge: FoundRecharge) => void): void {
  if (look()) return;
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      if (look()) observer.disconnect();
    }, LOOK_EVERY_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  setTimeout(() => observer.disconnect(), GIVE_UP_AFTER_MS);

  function look(): boolean {
    const recharge = findRecharge(adapter, document);
    if (recharge) found(recharge);
    return recharge !== null;
  }
}
