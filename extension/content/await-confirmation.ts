/**
 * Waiting for a confirmation page to show its result, and no longer than the page gives reason
 * to. The sites render the status after their payment call returns, so the first look may come
 * too early; what the page shows then decides how long to watch it:
 * - a completed recharge: found, stop;
 * - a failed, declined or refunded payment: that is final, stop at once;
 * - a payment still under way ("pending", "processing"): a UPI payment's status is polled and may
 *   turn into a confirmation in place, so watch, for a minute at most;
 * - no status at all (a plan list, a home page, or a status not rendered yet): watch for 15 s, time
 *   enough for a status fetched over a slow connection, then stop whatever the page does. Not "once
 *   the page stands still": a spinner drawn by CSS changes nothing while the status is on its way,
 *   and a still page costs a MutationObserver nothing anyway.
 * Watching is one MutationObserver whose callback only schedules one look at most every 400 ms; a
 * look is one querySelector and two regular expressions, never a scan of the whole page. A
 * same-document navigation (the site's own router) is a new page: look and watch again.
 */
import type { FoundRecharge } from './found-recharge';
import { findRecharge, NOT_YET_WORDS, PENDING_WORDS, statusText, type SiteAdapter } from './site-adapter';

const LOOK_EVERY_MS = 400;
const SETTLE_FOR_MS = 15_000;
const PENDING_FOR_MS = 60_000;

/** What to do about a page that shows no completed recharge, from its status line. */
export type Watch = 'stop' | 'pending' | 'settle';

/** '' (no status yet) and words we do not know settle; pending words wait; failure words stop. */
export function watchFor(status: string): Watch {
  if (status === '') return 'settle';
  if (PENDING_WORDS.test(status)) return 'pending';
  return NOT_YET_WORDS.test(status) ? 'stop' : 'settle';
}

/** Calls `found` with the page's recharge, if the page shows one while it is watched. */
export function awaitConfirmation(adapter: SiteAdapter, document: Document, found: (recharge: FoundRecharge) => void): void {
  let stop = watch(adapter, document, found);
  // The Navigation API (Chrome 102; the manifest asks for 116) tells of pushState and the like.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', () => {
    stop();
    stop = watch(adapter, document, found);
  });
}

/** Looks now, then watches as the page's status says; returns a way to stop watching. */
function watch(adapter: SiteAdapter, document: Document, found: (recharge: FoundRecharge) => void): () => void {
  let mode = look();
  if (mode === 'stop') return () => undefined;
  let since = performance.now();
  let lookTimer: ReturnType<typeof setTimeout> | undefined;
  let endTimer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    lookTimer ??= setTimeout(lookAgain, LOOK_EVERY_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  checkEnd();
  return stop;

  function look(): Watch {
    const recharge = findRecharge(adapter, document);
    if (recharge) found(recharge);
    return recharge ? 'stop' : watchFor(statusText(adapter, document));
  }
  function lookAgain(): void {
    lookTimer = undefined;
    const next = look();
    if (next === mode) return;
    mode = next;
    since = performance.now();
    checkEnd();
  }
  /** Stops now on 'stop', else when the time the mode allows (from when it began) is up. */
  function checkEnd(): void {
    clearTimeout(endTimer);
    if (mode === 'stop') stop();
    else endTimer = setTimeout(stop, since + (mode === 'pending' ? PENDING_FOR_MS : SETTLE_FOR_MS) - performance.now());
  }
  function stop(): void {
    observer.disconnect();
    clearTimeout(lookTimer);
    clearTimeout(endTimer);
  }
}
