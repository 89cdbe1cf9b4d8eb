/**
 * The extension's app page (app.html) opened in a tab: from the popup, whose own links would
 * otherwise load inside the popup, and from the background for a notification's SIM.
 */

/** The app page's URL for one of the app's hash routes ('#/sim/x'). */
export function appPageUrl(hash: string): string {
  return chrome.runtime.getURL(`app.html${hash.startsWith('#') ? hash : `#${hash}`}`);
}

export async function openAppPage(hash: string): Promise<void> {
  await chrome.tabs.create({ url: appPageUrl(hash) });
}
