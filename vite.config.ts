/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { crx, type CrxPlugin } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extensionManifest } from './extension/manifest';
import { DEVELOPMENT_PWA_ORIGIN } from './shared/sync/sync-origin';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Brand colours; pwa/index.html repeats them in its theme-color metas. */
const THEME_COLOUR = '#0f766e';
const BACKGROUND_COLOUR = '#f2f6f5'; // = --bg in shared/ui/styles/tokens.css

/**
 * The web app manifest. Every URL is relative to the manifest (base './'), so the built app works
 * from any path it is served under.
 */
const manifest: Partial<ManifestOptions> = {
  id: './',
  name: 'SIM Keeper',
  short_name: 'SIM Keeper',
  description: "Keep every SIM's number alive: an offline tracker of TRAI's non-usage, ANR and grace deadlines. Your data never leaves this device.",
  lang: 'en-IN',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'portrait',
  theme_color: THEME_COLOUR,
  background_color: BACKGROUND_COLOUR,
  categories: ['utilities', 'productivity', 'finance'],
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: 'icons/monochrome-512.png', sizes: '512x512', type: 'image/png', purpose: 'monochrome' },
    { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
  // Share an operator's SMS to SIM Keeper (issue 9): GET, so the service worker answers it offline
  // with index.html like any navigation; pwa/platform/share-target.ts takes the text from the address.
  share_target: { action: './', method: 'GET', params: { title: 'title', text: 'text', url: 'url' } },
  shortcuts: [
    {
      name: 'I used a SIM',
      short_name: 'Used a SIM',
      description: 'Record a call, SMS or data use today, which restarts the 90-day count',
      url: './#/quick/used',
      icons: [{ src: 'icons/shortcut-used-96.png', sizes: '96x96', type: 'image/png' }],
    },
    {
      name: 'Log a recharge',
      short_name: 'Recharge',
      description: 'Record a recharge and its validity',
      url: './#/quick/recharge',
      icons: [{ src: 'icons/shortcut-recharge-96.png', sizes: '96x96', type: 'image/png' }],
    },
  ],
};

/**
 * The origin the PWA is served from, the one web page the extension syncs with: set
 * SIMKEEPER_PWA_ORIGIN when building for a real host (https://…); localhost, any port, otherwise.
 */
function pwaOrigin(): string {
  const origin = process.env.SIMKEEPER_PWA_ORIGIN ?? DEVELOPMENT_PWA_ORIGIN;
  if (new URL(origin).origin !== origin.replace(/\/$/, '')) throw new Error(`SIMKEEPER_PWA_ORIGIN must be an origin such as https://example.org, not "${origin}"`);
  return origin.replace(/\/$/, '');
}

/**
 * Content scripts are built as one self-contained file each (crx's standaloneFiles), which needs
 * no file of the extension to be web-accessible. crx still lists the injected reader's file for
 * every site; nothing loads it from a page (chrome.scripting injects it), so the list is dropped
 * and no site can probe chrome-extension://<id>/… to learn that SIM Keeper is installed.
 */
function noWebAccessibleResources(): CrxPlugin {
  return {
    name: 'sim-keeper:no-web-accessible-resources',
    enforce: 'post',
    renderCrxManifest(manifest) {
      delete manifest.web_accessible_resources;
      return manifest;
    },
  };
}

/** The app's header shows icons/icon.svg; the extension ships the same brand mark. */
function brandIcon(): Plugin {
  return {
    name: 'sim-keeper:brand-icon',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'icons/icon.svg', source: readFileSync(`${projectRoot}pwa/public/icons/icon.svg`) });
    },
  };
}

/** `vite build --mode extension`: the Chrome extension, from extension/ into dist/extension. */
function extensionConfig(): UserConfig {
  const origin = pwaOrigin();
  return {
    root: 'extension',
    base: './',
    publicDir: 'public',
    define: { __SIMKEEPER_PWA_ORIGIN__: JSON.stringify(origin) },
    build: {
      outDir: '../dist/extension',
      emptyOutDir: true,
      // The popup and the service worker come from the manifest; the app page is the one page it does not name.
      rolldownOptions: { input: { app: 'app.html' } },
    },
    plugins: [
      crx({ manifest: extensionManifest({ version: packageJson.version, pwaOrigin: origin }), contentScripts: { standaloneFiles: ['content/recharge-prompt.ts'] } }),
      brandIcon(),
      noWebAccessibleResources(),
    ],
  };
}

// The PWA lives in pwa/ and builds to dist/pwa (the extension: --mode extension). Tests run from the project root.
export default defineConfig(({ mode }) => (mode === 'extension' ? extensionConfig() : {
  root: 'pwa',
  base: './',
  build: {
    outDir: '../dist/pwa',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // The screens other than home and first run, Hindi, the worker's registration and the
        // reminder check are chunks loaded on demand (import()). Everything the first screen
        // needs goes in the one entry file: left to itself, Rolldown splits the modules the lazy
        // chunks share with it into extra files the first load must fetch anyway.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  plugins: [
    VitePWA({
      // Our own service worker (pwa/sw.ts), with the precache list injected at build time.
      strategies: 'injectManifest',
      // Resolved against Vite's root, which is pwa/ already: '.' means pwa/sw.ts.
      srcDir: '.',
      filename: 'sw.ts',
      // An update waits until the user accepts it; the app registers the worker itself
      // (pwa/platform/service-worker.ts, workbox-window), so nothing is injected inline (CSP).
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      // Everything the build emits is precached by globPatterns below, icons included.
      includeManifestIcons: false,
      injectManifest: {
        // A classic (non-module) worker: one self-contained file every browser can run.
        rollupFormat: 'iife',
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
      },
      devOptions: { enabled: false },
    }),
  ],
  test: {
    root: projectRoot,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: ['test/e2e/**'], environment: 'node' },
      },
      {
        extends: true,
        // Browser tests drive Debian's Chromium against the built app (npm run build first).
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
}));
