/// <reference types="chrome" />
/**
 * The generic reader runs only on the user's click. The trigger (context menu or popup button)
 * calls allowGenericReader(tabId) just before it injects the reader; the background then accepts
 * reader messages from that tab, for a few minutes. A content script on a known site cannot claim
 * to be the reader to get around its site's checks. Kept in chrome.storage.session: the service
 * worker may stop between the click and the answer, and a browser restart forgets it.
 */

const KEY = 'genericReaderTabs';
const GRANT_MS = 5 * 60_000;

type Grants = Record<string, number>;

export interface ReaderGrants {
  allow(tabId: number, now?: number): Promise<void>;
  granted(tabId: number, now?: number): Promise<boolean>;
}

export function storedReaderGrants(area: chrome.storage.StorageArea = chrome.storage.session): ReaderGrants {
  const read = async (): Promise<Grants> => {
    const stored = (await area.get(KEY))[KEY];
    return typeof stored === 'object' && stored !== null ? (stored as Grants) : {};
  };
  return {
    async allow(tabId, now = Date.now()) {
      const grants = await read();
      const fresh = Object.fromEntries(Object.entries(grants).filter(([, until]) => until > now));
      await area.set({ [KEY]: { ...fresh, [tabId]: now + GRANT_MS } });
    },
    async granted(tabId, now = Date.now()) {
      return ((await read())[tabId] ?? 0) > now;
    },
  };
}

/** Call on the user's click, before chrome.scripting.executeScript injects the reader into `tabId`. */
export function allowGenericReader(tabId: number): Promise<void> {
  return storedReaderGrants().allow(tabId);
}
