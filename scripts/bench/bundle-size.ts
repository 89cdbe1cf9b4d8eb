/**
 * Bench section: what the PWA's first load costs on the wire. The initial files are those
 * dist/pwa/index.html names (the entry <script type=module src>, <link rel=stylesheet> and
 * <link rel=modulepreload>); any other JS or CSS the build emitted is loaded lazily. Each is
 * measured raw, gzipped (level 9) and brotli-compressed (quality 11). Builds dist/pwa when missing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DIST, ensureBuilt } from './support/dist';
import { record } from './support/figures';
import { heading, int, table } from './report';

export const title = 'bundle: initial JS and CSS';

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizeOf(path: string): Size {
  const bytes = readFileSync(`${DIST}${path}`);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
}

/** The files index.html loads up front, as paths relative to dist/pwa. */
function initialFiles(html: string): string[] {
  const files: string[] = [];
  // Comments first: index.html's CSP note mentions <script> in words.
  for (const tag of html.replace(/<!--[\s\S]*?-->/g, '').match(/<(script|link)\b[^>]*>/g) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
    const isEntry = tag.startsWith('<script') && attr('type') === 'module' && attr('src');
    const isLink = tag.startsWith('<link') && ['stylesheet', 'modulepreload'].includes(attr('rel') ?? '');
    const url = isEntry ? attr('src') : isLink ? attr('href') : undefined;
    if (url) files.push(url.replace(/^\.?\//, ''));
  }
  return files;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const row = (name: string, what: string, s: Size) => [name, what, int(s.raw), kB(s.gzip), kB(s.brotli)];

export async function run(): Promise<void> {
  heading(title);
  ensureBuilt();
  const initial = initialFiles(readFileSync(`${DIST}index.html`, 'utf8'));
  const lazy = readdirSync(`${DIST}assets`).filter((f) => /\.(js|css)$/.test(f)).map((f) => `assets/${f}`).filter((f) => !initial.includes(f));
  const workers = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  const rows: (string | number)[][] = [];
  const total = (files: string[], ext: string) => {
    const sizes = files.filter((f) => f.endsWith(ext)).map(sizeOf);
    return { raw: sizes.reduce((n, s) => n + s.raw, 0), gzip: sizes.reduce((n, s) => n + s.gzip, 0), brotli: sizes.reduce((n, s) => n + s.brotli, 0) };
  };
  for (const file of initial) rows.push(row(file, 'initial', sizeOf(file)));
  const js = total(initial, '.js');
  const css = total(initial, '.css');
  rows.push(row('= initial JS', '', js));
  rows.push(row('= initial CSS', '', css));
  record('initialKb', (js.gzip + css.gzip) / 1024);
  for (const file of lazy) rows.push(row(file, 'lazy', sizeOf(file)));
  if (lazy.length === 0) rows.push(['(no lazily loaded chunks)', '', '', '', '']);
  for (const file of workers) rows.push(row(file, 'service worker', sizeOf(file)));
  table(['file (dist/pwa)', 'loaded', 'raw bytes', 'gzip -9', 'brotli 11'], rows);
  console.log('kB = 1,024 bytes. Initial = what index.html names; the service worker precaches everything after the first visit.');
}
