/// <reference types="chrome" />
/**
 * What handleContentMessage needs of the browser, behind one adapter (as Bitwarden keeps chrome.*
 * out of its logic): the extension's own id, the dismissed sites, the reader's grants, and a way
 * to open the app page's add form. Tests pass fakes; the background uses chromeContentPorts().
 */
import { storedReaderGrants, type ReaderGrants } from './reader-grants';
import { storedSiteDismissals, type SiteDismissals } from './site-dismissals';

/** The extension's app page, where the shared app runs (route '#/add?number=...'). */
export const APP_PAGE = 'app.html';

export interface ContentPorts {
  extensionId: string;
  dismissals: SiteDismissals;
  readerGrants: ReaderGrants;
  openAddSim(number: string): Promise<void>;
}

export function chromeContentPorts(): ContentPorts {
  return {
    extensionId: chrome.runtime.id,
    dismissals: storedSiteDismissals(),
    readerGrants: storedReaderGrants(),
    openAddSim: async (number) => {
      await chrome.tabs.create({ url: chrome.runtime.getURL(`${APP_PAGE}#/add?number=${encodeURIComponent(number)}`) });
    },
  };
}
