/**
 * Who may ask the background what. A message from this extension's own pages (popup, app page)
 * is a page message; one from a content script in a site's tab goes to the content-message
 * handler, which validates before it writes; a message from another extension is refused.
 * Messages from web pages arrive separately (onMessageExternal) and only sync (sync-endpoint.ts).
 */
export type MessageRoute = 'page' | 'content' | 'refuse';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** `extensionOrigin` is chrome.runtime.getURL(''), e.g. 'chrome-extension://<id>/'. */
export function routeOf(sender: SenderLike, extensionId: string, extensionOrigin: string): MessageRoute {
  if (sender.id !== extensionId) return 'refuse';
  if (sender.url?.startsWith(extensionOrigin)) return 'page';
  if (sender.tab !== undefined) return 'content';
  return 'refuse';
}
