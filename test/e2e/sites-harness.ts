/**
 * Harness of the recharge-site browser tests: the content scripts bundled with vite as the
 * extension will ship them, injected into fixture pages served under the sites' real URLs
 * (Playwright's routing answers for the host, so nothing leaves the machine), with a stub
 * chrome.runtime.sendMessage that hands each message to the real handleContentMessage in node,
 * over a fake-indexeddb store. The prompt sits in a closed shadow root, which no page script and
 * no Playwright locator can enter: the tests read it through the DevTools protocol, as a
 * screen reader would through the browser.
 */
import 'fake-indexeddb/auto';
import { build } from 'vite';
import type { BrowserContext, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { handleContentMessage } from '../../extension/background/content-messages';
import type { ContentPorts } from '../../extension/background/content-ports';
import { fakePorts, OWN_ID } from '../extension/background/fake-ports';

export { fakePorts, OWN_ID };
import type { SimKeeperDb } from '../../shared/db/index';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A content script entry bundled as one classic script, minified, as a content script runs. */
export async function bundleContentScript(entry: 'recharge-prompt' | 'generic-reader'): Promise<string> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: `${ROOT}extension/content/${entry}.ts`, formats: ['iife'], name: 'SimKeeperContent' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((output) => ('output' in output ? output.output : [])).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`no bundle for ${entry}`);
  return chunk.code;
}


export interface Background {
  db: SimKeeperDb;
  ports: ContentPorts;
  today: string;
  /** Every message the page's content script sent, with the answer. */
  log: { message: unknown; reply: unknown }[];
}

export const TAB_ID = 1;

/** Serves `pages` (URL -> HTML) and refuses every other request, recording them all. */
export async function servePages(context: BrowserContext, pages: Record<string, string>): Promise<string[]> {
  const requests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    const html = pages[url];
    if (html === undefined) await route.abort('blockedbyclient');
    else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return requests;
}

/** Lets the page's stub chrome.runtime reach the background in node. Call once per page. */
export async function connectBackground(page: Page, background: Background): Promise<void> {
  await page.exposeFunction('simKeeperBackground', async (message: unknown) => {
    const reply = await handleContentMessage(background.db, message, { id: OWN_ID, url: page.url(), tab: { id: TAB_ID } }, background.today, background.ports);
    background.log.push({ message, reply });
    return reply;
  });
}

const STUB = `(() => {
  const w = window;
  w.chrome = w.chrome || {};
  w.chrome.runtime = { id: ${JSON.stringify(OWN_ID)}, sendMessage: (message) => w.simKeeperBackground(message) };
})();`;

/** Runs a bundled content script in the page, after the stub. */
export async function inject(page: Page, bundle: string): Promise<void> {
  await page.addScriptTag({ content: `${STUB}\n${bundle}` });
}

export interface PromptContent {
  mode: string;
  /** The visible words, in order (the style sheet left out). */
  texts: string[];
  /** Every element's tag name inside the shadow root. */
  elements: string[];
  /** Each button's accessible name. */
  buttons: string[];
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/** What the prompt's closed shadow root holds, read through the DevTools protocol; null without a prompt. */
export async function readPrompt(page: Page): Promise<PromptContent | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
    const host = findHost(root);
    if (!host) return null;
    const shadow = host.shadowRoots![0]!;
    const content: PromptContent = { mode: shadow.shadowRootType ?? '', texts: [], elements: [], buttons: [] };
    walk(shadow, content);
    return content;
  } finally {
    await cdp.detach();
  }
}

function findHost(node: DomNode): DomNode | null {
  if (node.shadowRoots?.some((shadow) => shadow.shadowRootType !== 'user-agent')) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

function walk(node: DomNode, content: PromptContent): void {
  for (const child of node.children ?? []) {
    if (child.nodeType === 3) {
      // Word joiners (invisible, they only stop a line break) are left out.
      if (child.nodeValue.trim()) content.texts.push(child.nodeValue.replace(/\u2060/g, ''));
      continue;
    }
    if (child.nodeType !== 1) continue;
    content.elements.push(child.nodeName);
    if (child.nodeName === 'STYLE') continue;
    if (child.nodeName === 'BUTTON') content.buttons.push(attribute(child, 'aria-label') ?? textOf(child));
    walk(child, content);
  }
}

function attribute(node: DomNode, name: string): string | null {
  const attributes = node.attributes ?? [];
  const index = attributes.findIndex((value, at) => at % 2 === 0 && value === name);
  return index < 0 ? null : attributes[index + 1]!;
}

function textOf(node: DomNode): string {
  return (node.children ?? []).map((child) => (child.nodeType === 3 ? child.nodeValue : textOf(child))).join('');
}

/** Waits until the prompt shows a text matching `text`, and returns what it holds. */
export async function waitForPrompt(page: Page, text: string | RegExp, timeoutMs = 10_000): Promise<PromptContent> {
  const deadline = Date.now() + timeoutMs;
  let last: PromptContent | null = null;
  while (Date.now() < deadline) {
    last = await readPrompt(page);
    if (last?.texts.some((line) => (typeof text === 'string' ? line === text : text.test(line)))) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`the prompt did not show ${String(text)}; it held ${JSON.stringify(last)}`);
}

/** Waits until the background has answered `count` messages. */
export async function waitForMessages(page: Page, background: Background, count: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (background.log.length < count) {
    if (Date.now() > deadline) throw new Error(`the background got ${background.log.length} messages, not ${count}`);
    await page.waitForTimeout(50);
  }
}
