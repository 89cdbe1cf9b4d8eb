/**
 * `npm start`: serves the built app (dist/pwa) on localhost, a secure context, so the service
 * worker, notifications and install all work. Port 4173, or PORT; the next free one if taken.
 * It also says where the built extension (dist/extension) is and how to load it unpacked: it
 * syncs with the app served here (the extension is built for localhost unless
 * SIMKEEPER_PWA_ORIGIN says otherwise).
 *
 * It answers as a static host should (issue 11, section 3), and the README's deployment notes
 * list the same headers for a real host:
 * - the Content-Security-Policy as a header on every response, the service worker script
 *   included (a worker takes its policy from its own response, never from the page's meta tag),
 *   with frame-ancestors 'none', which a meta tag cannot carry: no site may frame the app;
 * - X-Content-Type-Options: nosniff (a file is only ever what its type says);
 * - Referrer-Policy: no-referrer (nothing about the app leaves with a link);
 * - a real robots.txt, a 404 for a file that does not exist, and index.html only for a page
 *   navigation (the app's routes are in the hash, so any other path is the app's start page);
 * - text compressed (issue 11: the first load's size on the wire): brotli or gzip, as the browser
 *   accepts, with Vary: Accept-Encoding so that no cache hands one browser another's encoding.
 *   Each file is compressed once and kept while it is unchanged (its size and time), so a request
 *   costs no compression; images and fonts are compressed already and are sent as they are.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * The page's policy (the same as pwa/index.html's meta tag) plus what only a header can say.
 * No 'unsafe-inline', no 'unsafe-eval': the app loads its own files and talks to no one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "font-src 'self'",
  "connect-src 'self'", "worker-src 'self'", "manifest-src 'self'", "object-src 'none'", "base-uri 'self'",
  "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

/** The service worker's policy: it runs scripts of this origin and fetches only from it (precache). */
export const SERVICE_WORKER_CSP = [
  "default-src 'none'", "script-src 'self'", "connect-src 'self'", "img-src 'self'", "base-uri 'none'", "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The service worker's scripts: Workbox's generated sw.js and its runtime, workbox-<hash>.js. */
function isServiceWorkerScript(path: string): boolean {
  return /^\/(sw\.js|workbox-[\w-]+\.js)$/.test(path);
}

/**
 * A page navigation, as opposed to a script, image or fetch: the browser says so (Sec-Fetch-Mode)
 * or, for an older client, asks for HTML.
 */
function isNavigation(request: IncomingMessage): boolean {
  const mode = request.headers['sec-fetch-mode'];
  if (typeof mode === 'string') return mode === 'navigate';
  return (request.headers.accept ?? '').includes('text/html');
}

/** How long a browser may keep a file: hashed assets for ever, everything else checked each time. */
function cacheControl(path: string): string {
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The types worth compressing: text. PNG and WOFF2 are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.txt', '.svg', '.map']);

type Encoding = 'br' | 'gzip';

/** The best encoding the browser accepts (a q=0 refuses one), or null for the file as it is. */
export function encodingFor(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map((acceptEncoding ?? '').split(',').map((part) => {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    return [name.trim(), q === undefined ? 1 : Number(q)] as const;
  }));
  const wants = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return wants('br') ? 'br' : wants('gzip') ? 'gzip' : null;
}

/** Each file's compressed copies, made on first request and kept while the file is unchanged. */
const compressed = new Map<string, { stamp: string; br?: Buffer; gzip?: Buffer }>();

function compressedFile(file: string, encoding: Encoding): Buffer {
  const { size, mtimeMs } = statSync(file);
  const stamp = `${size}:${mtimeMs}`;
  let entry = compressed.get(file);
  if (entry?.stamp !== stamp) compressed.set(file, entry = { stamp });
  return entry[encoding] ??= encoding === 'br'
    ? brotliCompressSync(readFileSync(file), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: size } })
    : gzipSync(readFileSync(file), { level: 9 });
}

/** Sends `file`, compressed when its type is text and the browser accepts an encoding. */
function sendFile(request: IncomingMessage, response: ServerResponse, file: string, headers: Record<string, string>, head: boolean): void {
  if (!COMPRESSIBLE.has(extname(file))) return send(response, 200, headers, readFileSync(file), head);
  const encoding = encodingFor(request.headers['accept-encoding']);
  const vary = { ...headers, Vary: 'Accept-Encoding' };
  if (encoding === null) return send(response, 200, vary, readFileSync(file), head);
  send(response, 200, { ...vary, 'Content-Encoding': encoding }, compressedFile(file, encoding), head);
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: Buffer | string, head: boolean): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  response.end(head ? undefined : body);
}

/** The file under `dir` a URL path names, or null when it names none (or tries to leave `dir`). */
function fileFor(dir: string, path: string): string | null {
  const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** A static server of `dir` (the built app) with the headers above. */
export function createStaticServer(dir: string): Server {
  const base = resolve(dir);
  return createServer((request, response) => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      send(response, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method not allowed\n', head);
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      send(response, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad request\n', head);
      return;
    }
    const file = path.includes('\0') ? null : fileFor(base, path);
    if (file !== null) {
      sendFile(request, response, file, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': cacheControl(path),
        ...(isServiceWorkerScript(path) ? { 'Content-Security-Policy': SERVICE_WORKER_CSP } : {}),
      }, head);
    } else if (isNavigation(request) && extname(path) === '') {
      sendFile(request, response, join(base, 'index.html'), { 'Content-Type': CONTENT_TYPES['.html']!, 'Cache-Control': 'no-cache' }, head);
    } else {
      send(response, 404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }, 'Not found\n', head);
    }
  });
}

/** Listens on `port` on localhost, or the next free port after it; resolves to the port taken. */
export function listen(server: Server, port: number, tries = 20): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const attempt = (candidate: number, left: number) => {
      const failed = (error: NodeJS.ErrnoException) => {
        server.off('listening', listening);
        if (error.code === 'EADDRINUSE' && left > 0 && candidate !== 0) attempt(candidate + 1, left - 1);
        else reject(error);
      };
      const listening = () => {
        server.off('error', failed);
        const address = server.address();
        resolvePort(address && typeof address === 'object' ? address.port : candidate);
      };
      server.once('error', failed);
      server.once('listening', listening);
      // 'localhost', not 127.0.0.1: the name browsers treat as secure for service workers.
      server.listen(candidate, 'localhost');
    };
    attempt(port, tries);
  });
}

async function main(): Promise<void> {
  if (!existsSync(`${root}dist/pwa/index.html`)) {
    console.error('dist/pwa is missing: run `npx vite build` (or `npm start`, which builds first).');
    process.exit(1);
  }
  const requested = Number(process.env.PORT ?? 4173);
  const port = Number.isInteger(requested) && requested > 0 && requested < 65536 ? requested : 4173;
  const server = createStaticServer(`${root}dist/pwa`);
  const actual = await listen(server, port);
  console.log('');
  console.log(`  SIM Keeper is running at http://localhost:${actual}/`);
  if (actual !== port) console.log(`  (port ${port} was busy)`);
  console.log('  Open it in Chrome, Edge or Safari and install it from the browser menu. Press Ctrl+C to stop.');
  console.log('');
  printExtensionHelp();
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Where the unpacked extension is, and the three steps to load it in Chrome. */
function printExtensionHelp(): void {
  const extension = `${root}dist/extension`;
  if (!existsSync(`${extension}/manifest.json`)) {
    console.log('  The Chrome extension is not built: run `npm run build`.');
    return;
  }
  console.log(`  The Chrome extension is built in ${extension}`);
  console.log('  To load it: 1. open chrome://extensions  2. turn on "Developer mode" (top right)');
  console.log(`              3. click "Load unpacked" and choose ${extension}`);
  console.log('');
}

// Run as `tsx scripts/serve.ts`; imported by its test, it only defines the server.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
