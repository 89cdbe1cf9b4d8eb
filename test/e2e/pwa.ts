/**
 * Steps the browser tests share, written as a user would take them (see browser.ts for the
 * browser and server themselves).
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { ServedApp } from './browser';

export interface SimToAdd {
  label: string;
  number: string;
  /** "Last used on", 'YYYY-MM-DD'. */
  since: string;
}

/** Waits until the service worker controls the page (first visit: after it installs and claims). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30_000 });
}

/**
 * Adds a SIM through the form (operator Jio, prepaid: the defaults) and returns its id: in the PWA
 * (`app` its ServedApp) or the extension's app page (`{ url: 'chrome-extension://…/app.html' }`);
 * `save` is the Save button's name in the page's language.
 */
export async function addSimViaUi(page: Page, app: Pick<ServedApp, 'url'>, sim: SimToAdd, save = 'Save'): Promise<string> {
  await page.goto(`${app.url}#/add`);
  await page.locator('#label').fill(sim.label);
  await page.locator('#number').fill(sim.number);
  await page.locator('#since').fill(sim.since);
  await page.getByRole('button', { name: save, exact: true }).click();
  await page.waitForURL(/#\/sim\/[^/?]+$/);
  return decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
}

/** Every request the context makes (pages and service worker), by URL. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** The notifications the app's service worker registration is showing now. */
export async function shownNotifications(page: Page): Promise<{ title: string; body: string; tag: string; data: unknown }[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const list = await registration.getNotifications();
    return list.map((n) => ({ title: n.title, body: n.body, tag: n.tag, data: n.data as unknown }));
  });
}
