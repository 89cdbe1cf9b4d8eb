/**
 * What the recharge sites' content script costs a page, seen from outside it in Chromium with the
 * built extension (shared by test/e2e/extension/content-script-cost.test.ts and `npm run bench --
 * content-script`). The content script runs in an isolated world that no page script can wrap, so
 * each figure comes from something the browser itself reports:
 * - its CPU time: a V8 CPU profile of the page's renderer (an isolate holds every world), counting
 *   the samples under a frame of the extension's script, and whatever DOM calls those frames made
 *   (the browser's own work for a live MutationObserver, recording changes, is not in it);
 * - whether it still runs at all: V8's precise coverage, the call count of each of the script's
 *   functions over a window while the page keeps changing. A live MutationObserver or timer calls
 *   into the script; a script that has stopped is called 0 times;
 * - the messages it sent: a listener in the background's service worker counts those from tabs;
 * - what it added to the page: shadow roots through DOM.getDocument (which pierces closed ones),
 *   and nodes added outside the page's own #app by a MutationObserver of the page's main world.
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { LoadedExtension } from './harness';
import { EXTENSION_ORIGIN } from './harness';
import { readFileSync } from 'node:fs';
import { SERVED_AT } from '../../fixtures/sites/served-at';

const jioFixture = (): string => readFileSync(new URL('../../fixtures/sites/jio.html', import.meta.url), 'utf8');

/**
 * Jio's plan list as a single-page app renders it: the plans arrive after a fetch, then an offer
 * banner rotates and a countdown ticks four times a second for as long as the tab is open (its
 * own changes stay inside #app). A recharge path, so the manifest runs the content script here.
 */
export const BUSY_PLAN_LIST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jio Recharge</title></head>
<body><header><a href="/">Jio</a> <span>Hi, Asha · 70123 45678</span></header>
<div id="app"><p id="offer">Loading plans…</p><p id="countdown"></p><ul id="plans"></ul></div>
<script>
  const offers = ['Recharge done in seconds', 'Unlimited 5G on ₹239 and above', 'Pay with UPI, get ₹50 back'];
  let tick = 0;
  setTimeout(() => {
    for (const price of [155, 189, 239, 299, 349, 399, 479, 666, 719, 999, 1199, 2999]) {
      const li = document.createElement('li');
      li.innerHTML = '<b>₹' + price + '</b> · ' + (price % 28 + 1) + ' GB/Day · 28 Days <button>Buy</button>';
      document.getElementById('plans').append(li);
    }
  }, 300);
  setInterval(() => {
    tick++;
    document.getElementById('countdown').textContent = 'Offer ends in ' + (3600 - tick) + ' s';
    if (tick % 8 === 0) document.getElementById('offer').replaceChildren(document.createTextNode(offers[(tick / 8) % 3]));
  }, 250);
</script></body></html>`;

/** The Jio status page with its status rewritten, its countdown ticking like the plan list's. */
function jioStatus(status: string): string {
  const ticking = `<div id="app"><p id="countdown"></p></div><script>let t = 0; setInterval(() => {
    document.getElementById('countdown').textContent = 'Checking again in ' + (++t % 5) + ' s'; }, 250);</script></body>`;
  return jioFixture().replace('>Recharge successful<', `>${status}<`).replace('</body>', ticking);
}

/** The pages the probe is used on, served under Jio's recharge paths. */
export const PROBE_PAGES = {
  plans: { url: 'https://www.jio.com/selfcare/recharge/mobility/plans', html: BUSY_PLAN_LIST },
  failed: { url: `${SERVED_AT.jio}?txn=failed`, html: jioStatus('Recharge failed') },
  pending: { url: `${SERVED_AT.jio}?txn=pending`, html: jioStatus('Recharge pending') },
  confirmation: { url: SERVED_AT.jio!, html: jioFixture() },
} as const;

/** A page of Jio's site outside the recharge paths: no content script; the same renderer process. */
export const SAME_SITE_START = 'https://www.jio.com/';

/** Every URL the site server answers, for serveSites(). */
export function probeServerPages(): Record<string, string> {
  return {
    [SAME_SITE_START]: '<!doctype html><title>Jio</title><p>Jio</p>',
    ...Object.fromEntries(Object.values(PROBE_PAGES).map(({ url, html }) => [url, html])),
  };
}

export interface ContentScriptCost {
  /** CPU time under the content script's frames from navigation to the end of the load window, ms. */
  scriptMs: number;
  /** The page's own ScriptDuration (all worlds) over the same window, ms, from Performance.getMetrics. */
  pageScriptMs: number;
  /** Calls of the content script's functions during the late window (after the load window). */
  lateCalls: number;
  /** Messages the background received from tabs during the whole probe. */
  messages: number;
  /** Nodes added outside the page's #app during the whole probe. */
  nodesAdded: number;
  /** Elements with an author shadow root (the prompt's host is one). */
  shadowHosts: number;
}

export interface ProbeWindows {
  /** From navigation: how long the page is watched while it loads and settles. */
  loadMs: number;
  /** After that: how long the page keeps changing while the script's calls are counted. */
  lateMs: number;
}

/**
 * Counts, in the main world, nodes added anywhere but inside #app (the page's own changes), from
 * DOMContentLoaded on (before it, the parser adds the page itself; the script runs later, at idle).
 */
const COUNT_ADDED = `(() => {
  window.__addedOutsideApp = 0;
  document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => {
    for (const record of records) {
      if (record.target.closest?.('#app') || record.target.nodeType !== 1) continue;
      for (const node of record.addedNodes) if (!(node.nodeType === 1 && node.id === 'app')) window.__addedOutsideApp++;
    }
  }).observe(document, { childList: true, subtree: true }));
})();`;

/** Starts counting the messages the background gets from tabs (content scripts). */
export async function countContentMessages(worker: Worker): Promise<() => Promise<number>> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { contentMessages?: number; contentListener?: boolean };
    scope.contentMessages = 0;
    if (scope.contentListener) return;
    scope.contentListener = true;
    chrome.runtime.onMessage.addListener((_message: unknown, sender: chrome.runtime.MessageSender) => {
      if (sender.tab) scope.contentMessages = (scope.contentMessages ?? 0) + 1;
      return false;
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { contentMessages: number }).contentMessages);
}

/** Opens `url` in a new tab of the loaded extension and measures what the content script does there. */
export async function probeContentScript(loaded: LoadedExtension, url: string, windows: ProbeWindows): Promise<ContentScriptCost> {
  const messages = await countContentMessages(await loaded.worker());
  const page = await loaded.context.newPage();
  await page.addInitScript(COUNT_ADDED);
  // Same site first, so that the profiler runs in the renderer process the recharge page will use.
  await page.goto(SAME_SITE_START);
  const cdp = await loaded.context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const before = await scriptDuration(cdp);
    await page.goto(url);
    await page.waitForTimeout(windows.loadMs);
    const pageScriptMs = (await scriptDuration(cdp)) - before;
    const { profile } = await cdp.send('Profiler.stop');
    const scriptMs = extensionTime(profile as unknown as CpuProfile);
    const lateCalls = await callsDuring(cdp, page, windows.lateMs);
    return {
      scriptMs, pageScriptMs, lateCalls, messages: await messages(),
      nodesAdded: await page.evaluate(() => (window as unknown as { __addedOutsideApp: number }).__addedOutsideApp),
      shadowHosts: await shadowHosts(cdp),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/**
 * The page's ScriptDuration (every world) over `loadMs` from navigation, in any context: with the
 * extension loaded or without it, for the difference the extension makes.
 */
export async function pageScriptMs(context: BrowserContext, url: string, loadMs: number): Promise<number> {
  const page = await context.newPage();
  await page.goto(SAME_SITE_START);
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const before = await scriptDuration(cdp);
    await page.goto(url);
    await page.waitForTimeout(loadMs);
    return (await scriptDuration(cdp)) - before;
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

async function scriptDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** ms of samples whose stack holds a frame of the extension's own scripts. */
export function extensionTime(profile: CpuProfile): number {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inside = new Set<number>();
  const mark = (id: number, within: boolean): void => {
    const node = byId.get(id)!;
    const here = within || node.callFrame.url.startsWith(EXTENSION_ORIGIN);
    if (here) inside.add(id);
    for (const child of node.children ?? []) mark(child, here);
  };
  mark(profile.nodes[0]!.id, false);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the gap to the next one, but no more than the typical gap: on a busy machine
  // the OS stops the renderer for up to 200 ms, and that wait is not the script's doing.
  const typical = [...deltas].sort((a, b) => a - b)[deltas.length >> 1] ?? 0;
  let micros = 0;
  for (let i = 0; i < samples.length - 1; i++) if (inside.has(samples[i]!)) micros += Math.min(deltas[i + 1]!, typical);
  return micros / 1000;
}

/** How many times the extension's functions were called while the page ran on for `ms`. */
async function callsDuring(cdp: CDPSession, page: Page, ms: number): Promise<number> {
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  try {
    await cdp.send('Profiler.takePreciseCoverage'); // resets the counters
    await page.waitForTimeout(ms);
    const { result } = await cdp.send('Profiler.takePreciseCoverage');
    return result.filter((script) => script.url.startsWith(EXTENSION_ORIGIN))
      .flatMap((script) => script.functions)
      .reduce((sum, fn) => sum + (fn.ranges[0]?.count ?? 0), 0);
  } finally {
    await cdp.send('Profiler.stopPreciseCoverage');
  }
}

interface DomNode {
  children?: DomNode[];
  shadowRoots?: { shadowRootType?: string }[];
}

async function shadowHosts(cdp: CDPSession): Promise<number> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
  const count = (node: DomNode): number => (node.shadowRoots?.some((shadow) => shadow.shadowRootType !== 'user-agent') ? 1 : 0)
    + (node.children ?? []).reduce((sum, child) => sum + count(child), 0);
  return count(root);
}
