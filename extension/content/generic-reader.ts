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

const ask: AskBackground = (message) => chrome.runtime.sendMessage<typeof message, ContentReply>(message);

const recharge = readAnyPage(document.body?.innerText ?? '');
if (recharge) void offerRecharge(READER_SITE, recharge, ask);
else void offerNothing(READER_SITE, ask);
