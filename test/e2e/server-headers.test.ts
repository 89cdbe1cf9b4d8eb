/**
 * `npm start`'s server (scripts/serve.ts) answers as a static host should (issue 11, section 3):
 * the CSP as a header with frame-ancestors, nosniff and no-referrer on every response, a CSP of
 * its own for the service worker script, a real robots.txt, a 404 for a missing file and the app
 * only for a page navigation; and the app runs under those headers in Chromium without one
 * violation, service worker included.
 */
import { request as httpRequest, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createStaticServer, listen } from '../../scripts/serve';
import { launchChromium, newAppContext } from './browser';
import { waitForServiceWorker } from './pwa';

const dist = fileURLToPath(new URL('../../dist/pwa', import.meta.url));
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${dist}/index.html`)) throw new Error('dist/pwa is missing: run npm run build first');
  server = createStaticServer(dist);
  url = `http://localhost:${await listen(server, 0)}/`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

interface Answer { status: number; headers: { get(name: string): string | null }; text(): Promise<string>; body: Buffer }

/**
 * A request as a browser makes it: a page navigation, or a subresource. node:http, not fetch:
 * fetch sets Sec-Fetch-Mode itself, and the path is sent as written (fetch would tidy '..' away).
 */
const get = (path: string, navigate = false, method = 'GET', extra: Record<string, string> = {}) => new Promise<Answer>((resolve, reject) => {
  const headers = { ...(navigate ? { 'Sec-Fetch-Mode': 'navigate', Accept: 'text/html' } : { 'Sec-Fetch-Mode': 'no-cors', Accept: '*/*' }), ...extra };
  const target = new URL(url);
  const request = httpRequest({ host: target.hostname, port: target.port, path, method, headers }, (response) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve({
      status: response.statusCode ?? 0,
      headers: { get: (name) => { const value = response.headers[name.toLowerCase()]; return value === undefined ? null : String(value); } },
      text: () => Promise.resolve(Buffer.concat(chunks).toString('utf8')),
      body: Buffer.concat(chunks),
    }));
  });
  request.on('error', reject);
  request.end();
});

describe('the server npm start runs', () => {
  it('sends the CSP with frame-ancestors, nosniff and no-referrer with the app, its files and its errors', async () => {
    for (const [path, navigate] of [['/', true], ['/manifest.webmanifest', false], ['/robots.txt', false], ['/missing.js', false]] as const) {
      const response = await get(path, navigate);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it("gives the page's header the policy of its meta tag, and more", async () => {
    const response = await get('/', true);
    const html = await response.text();
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeTruthy();
    const header = response.headers.get('content-security-policy')!;
    for (const directive of meta!.split(';').map((part) => part.trim())) expect(header).toContain(directive);
  });

  it('serves the service worker script with a CSP of its own, scripts and fetches from its origin only', async () => {
    const response = await get('/sw.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers robots.txt with the file in the build, not the app', async () => {
    const response = await get('/robots.txt');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/<html/i);
  });

  it('answers a missing file with 404, even when a browser navigates to it', async () => {
    for (const [path, navigate] of [['/missing.js', false], ['/assets/nothing-here.css', false], ['/favicon.ico', false], ['/secrets.json', true], ['/x/y', false]] as const) {
      const response = await get(path, navigate);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toMatch(/<html/i);
    }
  });

  it('gives the app to a page navigation of any other path, and refuses to leave the build folder', async () => {
    const page = await get('/some/old/link', true);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<title>/);
    expect((await get('/../package.json')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    expect((await get('/', true, 'POST')).status).toBe(405);
  });

  it('caches hashed assets for ever and checks everything else each time', async () => {
    const html = await (await get('/', true)).text();
    const asset = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const response = await get(`/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect((await get('/', true)).headers.get('cache-control')).toBe('no-cache');
  });

  it('compresses text as the browser accepts (brotli, else gzip), says Vary: Accept-Encoding, and sends images as they are', async () => {
    const html = await (await get('/', true)).text();
    const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)![1]!;
    const original = readFileSync(`${dist}/${script}`);
    const br = await get(`/${script}`, false, 'GET', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    expect(br.body.length).toBeLessThan(original.length / 2);
    const gzip = await get(`/${script}`, false, 'GET', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);
    const page = await get('/', true, 'GET', { 'Accept-Encoding': 'gzip;q=1, br;q=0' });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(page.body).toString('utf8')).toBe(html);
    const plain = await get(`/${script}`);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect(plain.body.equals(original)).toBe(true);
    const icon = await get('/icons/icon-192.png', false, 'GET', { 'Accept-Encoding': 'gzip, br' });
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-encoding')).toBeNull();
  });

  it('runs the app in Chromium under these headers, service worker installed, without one CSP violation', async () => {
    const context = await newAppContext(browser, { today: '2026-03-29' });
    try {
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const errors: string[] = [];
      const page = await context.newPage();
      page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      await waitForServiceWorker(page);
      await page.reload();
      await page.goto(`${url}#/settings`);
      await page.getByRole('heading', { name: 'Settings' }).first().waitFor();
      // The service worker precached the app under its own CSP: it answers offline.
      await context.setOffline(true);
      await page.reload();
      await page.getByRole('heading', { name: 'Settings' }).first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
