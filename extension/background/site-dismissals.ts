/// <reference types="chrome" />
/**
 * "Don't ask on this site", remembered per adapter id in chrome.storage.local: a browser fact of
 * the extension, not the user's SIM data, so it stays out of the shared store and its backups.
 */

export interface SiteDismissals {
  has(site: string): Promise<boolean>;
  add(site: string): Promise<void>;
}

/** What the extension's pages need besides: the list to show, and "Ask again", the undo of add. */
export interface StoredSiteDismissals extends SiteDismissals {
  list(): Promise<string[]>;
  remove(site: string): Promise<void>;
}

const KEY = 'dismissedSites';

/** The dismissals in chrome.storage.local (or any storage area of the same shape, for tests). */
export function storedSiteDismissals(area: chrome.storage.StorageArea = chrome.storage.local): StoredSiteDismissals {
  const read = async (): Promise<string[]> => {
    const stored = (await area.get(KEY))[KEY];
    return Array.isArray(stored) ? stored.filter((site): site is string => typeof site === 'string') : [];
  };
  return {
    has: async (site) => (await read()).includes(site),
    add: async (site) => {
      const sites = await read();
      if (!sites.includes(site)) await area.set({ [KEY]: [...sites, site] });
    },
    list: read,
    remove: async (site) => {
      const sites = await read();
      if (sites.includes(site)) await area.set({ [KEY]: sites.filter((other) => other !== site) });
    },
  };
}
