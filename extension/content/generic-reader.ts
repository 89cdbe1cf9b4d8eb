/// <reference types="chrome" />
/**
 * The generic reader: injected by the background with chrome.scripting on the user's click only
 * (the action's context menu or the popup's button, through activeTab), into a page no adapter
 * knows. It reads the visible text for a completed recharge and offers the same prompt, or says
 * it found none.
 */
import { READER_SITE, type ContentReply } from './content-message';
import { offerNothing, offerRecharge, type AskBackground } from './offer-recharge';
import { readAnyPage } from './read-any-page';

// async: a reloaded extension makes sendMessage throw at once, and the page must not see that.
const ask: AskBackground = async (message) => chrome.runtime.sendMessage<typeof message, ContentReply>(message);

const recharge = readAnyPage(document.body?.innerText ?? '');
// Without an answer from the background there is nothing to show: stay silent on the site.
(recharge ? offerRecharge(READER_SITE, recharge, ask) : offerNothing(READER_SITE, ask)).catch(() => undefined);
