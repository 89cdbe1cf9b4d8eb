/**
 * The PWA as a share target (issue 9, section 2): on Android the user shares an operator's SMS to
 * SIM Keeper, and the browser opens the manifest's share_target action, './?title=…&text=…&url=…'
 * (GET, so the service worker answers it offline like any navigation, with index.html). Before the
 * app renders, this takes the shared text out of the address, replacing the history entry so the
 * message's text is neither in the address bar nor in the history, and hands it to the SMS screen
 * in memory. Nothing is stored until the user confirms there.
 */
import { offerSharedText } from '../../shared/app/sms/shared-text';

/** The share_target params of the manifest (vite.config.ts). */
export const SHARE_PARAMS = ['title', 'text', 'url'] as const;

/**
 * The text of a share in `search`, or null when the address is not a share. Messages apps put the
 * SMS in `text`; some put it in `title` or, for a link, `url`: the first that is not empty.
 */
export function sharedTextOf(search: string): string | null {
  const params = new URLSearchParams(search);
  if (!SHARE_PARAMS.some((name) => params.has(name))) return null;
  for (const name of ['text', 'title', 'url'] as const) {
    const value = params.get(name)?.trim();
    if (value) return value;
  }
  return '';
}

/** Opens a share on the SMS screen, with the address cleaned. True when the page was opened by a share. */
export function receiveShare(where: Pick<Location, 'search' | 'pathname'>, history: Pick<History, 'replaceState'>): boolean {
  const text = sharedTextOf(where.search);
  if (text === null) return false;
  if (text !== '') offerSharedText(text);
  history.replaceState(null, '', `${where.pathname}#/sms`);
  return true;
}
