/**
 * The generic reader (extension/content/generic-reader.ts) runs only on the user's click: the
 * item "Read this page for a recharge" in the action's context menu, or the popup's "Read this
 * page" button. Either click grants activeTab for that tab, and chrome.scripting injects the
 * reader into it; no site gets it otherwise, and no host permission is needed for it.
 */
import readerFile from '../content/generic-reader.ts?iife';
import { allowGenericReader } from './reader-grants';

export const READ_PAGE_MENU = 'sim-keeper-read-page';

/** Creates the context menu item; menus outlive the worker, so this runs on install and update. */
export function createReadPageMenu(title: string): void {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({ id: READ_PAGE_MENU, title, contexts: ['action'] }, () => void chrome.runtime.lastError);
  });
}

/** Titles the menu item again (the user changed language); an item not made yet is no error. */
export function retitleReadPageMenu(title: string): void {
  chrome.contextMenus.update(READ_PAGE_MENU, { title }, () => void chrome.runtime.lastError);
}

/** The background accepts the reader's messages from this tab only after this grant (reader-grants.ts). */
export async function injectGenericReader(tabId: number): Promise<void> {
  await allowGenericReader(tabId);
  await chrome.scripting.executeScript({ target: { tabId }, files: [readerFile] });
}
