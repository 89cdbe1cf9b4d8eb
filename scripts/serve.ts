/**
 * `npm start`: serves the built app (dist/pwa) on localhost, a secure context, so the service
 * worker, notifications and install all work. Port 4173, or PORT; the next free one if taken.
 * It also says where the built extension (dist/extension) is and how to load it unpacked: it
 * syncs with the app served here (the extension is built for localhost unless
 * SIMKEEPER_PWA_ORIGIN says otherwise).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));

async function main(): Promise<void> {
  if (!existsSync(`${root}dist/pwa/index.html`)) {
    console.error('dist/pwa is missing: run `npx vite build` (or `npm start`, which builds first).');
    process.exit(1);
  }
  const requested = Number(process.env.PORT ?? 4173);
  const port = Number.isInteger(requested) && requested > 0 && requested < 65536 ? requested : 4173;
  const server = await preview({
    root: `${root}pwa`,
    configFile: `${root}vite.config.ts`,
    // 'localhost', not 127.0.0.1: the name browsers treat as secure for service workers.
    preview: { port, strictPort: false, host: 'localhost', open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  const actual = address && typeof address === 'object' ? address.port : port;
  console.log('');
  console.log(`  SIM Keeper is running at http://localhost:${actual}/`);
  if (actual !== port) console.log(`  (port ${port} was busy)`);
  console.log('  Open it in Chrome, Edge or Safari and install it from the browser menu. Press Ctrl+C to stop.');
  console.log('');
  printExtensionHelp();
  const stop = () => server.httpServer.close(() => process.exit(0));
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
