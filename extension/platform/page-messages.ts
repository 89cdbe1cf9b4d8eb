/**
 * What the extension's own pages (popup, app page) ask of the background: to refresh the
 * reminders, badge and alarms after a change, and to read the current tab with the generic
 * reader. Checked for shape on arrival like every other message.
 */
export const REFRESH = 'sim-keeper/refresh';
export const READ_PAGE = 'sim-keeper/read-page';

export type PageMessage = { kind: typeof REFRESH } | { kind: typeof READ_PAGE; tabId: number };

export function parsePageMessage(message: unknown): PageMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.kind === REFRESH) return { kind: REFRESH };
  if (m.kind === READ_PAGE && Number.isInteger(m.tabId) && (m.tabId as number) >= 0) return { kind: READ_PAGE, tabId: m.tabId as number };
  return null;
}

/** Sends a page's message to the background; never fails (a background that is updating answers nothing). */
export async function askBackground(message: PageMessage): Promise<unknown> {
  try {
    return await chrome.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}
