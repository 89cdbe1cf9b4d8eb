/// <reference types="chrome" />
/**
 * The content script of every recharge site (the manifest's one content_scripts entry): finds the
 * site's adapter, waits for a completed recharge, then asks the user through the in-page prompt.
 * On a page that is not a confirmation it does one cheap check and no more. It never opens
 * IndexedDB and never fetches: the background answers every question.
 */
import { adapterForUrl } from './adapter-for-url';
import { awaitConfirmation } from './await-confirmation';
import type { ContentReply } from './content-message';
import { offerRecharge, type AskBackground } from './offer-recharge';

// async: a reloaded extension makes sendMessage throw at once, and the page must not see that.
const ask: AskBackground = async (message) => chrome.runtime.sendMessage<typeof message, ContentReply>(message);

const adapter = adapterForUrl(location.href);
if (adapter) {
  let offered = false;
  awaitConfirmation(adapter, document, (recharge) => {
    if (offered) return;
    offered = true;
    offerRecharge(adapter.id, recharge, ask).catch(() => undefined);
  });
}
