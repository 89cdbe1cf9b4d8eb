/**
 * Shared harness of the browser tests: Debian's Chromium driven by playwright-core, against the
 * built PWA served by vite preview on localhost (a secure context, so service workers run).
 * There is no fallback: when Chromium is missing the tests fail, they never pass quietly.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Without the background-networking flags Chromium keeps calling home on a closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export interface ServedApp {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/pwa (built by `npm run build`) on a free localhost port. */
export async function serveBuiltApp(): Promise<ServedApp> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  if (!existsSync(`${root}dist/pwa/index.html`)) throw new Error('dist/pwa is missing: run npm run build first');
  const server: PreviewServer = await preview({
    root: `${root}pwa`,
    configFile: `${root}vite.config.ts`,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    // localhost, not 127.0.0.1: the name Chromium treats as a secure context for service workers.
    url: `http://localhost:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

/** A fresh context (empty storage) with the clock's date fixed, so deadlines are predictable. */
export async function newAppContext(browser: Browser, options: { today?: string; locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: options.locale ?? 'en-IN', timezoneId: 'Asia/Kolkata' });
  if (options.today) await context.clock.setFixedTime(new Date(`${options.today}T10:00:00+05:30`));
  return context;
}

/** Runs `use` on a page of a fresh app context (newAppContext's options), and closes the context after, pass or fail. */
export async function withAppPage<T>(
  browser: Browser, options: { today?: string; locale?: string }, use: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await newAppContext(browser, options);
  try {
    return await use(await context.newPage(), context);
  } finally {
    await context.close();
  }
}
