/**
 * One served app and one Chromium per test file (kept apart from browser.ts, which the benchmarks
 * also use outside the test runner).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveBuiltApp, type ServedApp } from './browser';

export interface ChromiumSession {
  browser: Browser;
  app: ServedApp;
}

/** Serves the built app and starts Chromium once for a test file, and stops both after it. */
export function useAppInChromium(): ChromiumSession {
  const session = {} as ChromiumSession;
  beforeAll(async () => {
    [session.browser, session.app] = await Promise.all([launchChromium(), serveBuiltApp()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.app?.close();
  });
  return session;
}
