/**
 * Asking the browser to keep our data. Without persistent storage a browser may evict IndexedDB
 * under storage pressure, and Safari clears script-written storage of a site not visited for
 * seven days, unless the site is added to the Home Screen. Losing the history of a SIM is losing
 * its deadlines, so the UI asks once and explains what to do when the answer is no.
 */

export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

/** The part of Navigator we use, so tests can pass a stand-in. */
export interface StorageNavigator {
  storage?: Pick<StorageManager, 'persist' | 'persisted'> | undefined;
}

export async function requestPersistence(
  nav: StorageNavigator | undefined = globalThis.navigator,
): Promise<PersistenceResult> {
  const storage = nav?.storage;
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    // Asking again when already granted may prompt in some browsers: check first.
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    // Some browsers throw in private windows or insecure contexts: the data is not protected.
    return 'denied';
  }
}

/**
 * True for a web page in a browser tab on iPhone or iPad, rather than the app added to the Home
 * Screen. Every iOS browser runs on WebKit, which applies the seven-day storage limit in tabs,
 * so this is true in Chrome or Firefox on iOS too: the advice (Share → Add to Home Screen) holds.
 * iPadOS reports itself as a Mac: a Mac with a touch screen is an iPad (pass maxTouchPoints).
 * `standalone` is navigator.standalone (iOS only) or display-mode: standalone matching.
 */
export function isIosSafariTab(userAgent: string, standalone: boolean | undefined, maxTouchPoints = 0): boolean {
  const iPhoneOrIPad = /\b(iPhone|iPad|iPod)\b/.test(userAgent);
  const iPadAsMac = /\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1;
  return (iPhoneOrIPad || iPadAsMac) && standalone !== true;
}
