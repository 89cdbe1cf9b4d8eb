/** The built PWA in dist/pwa, built first when it is missing (it takes a few seconds). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST = `${ROOT}dist/pwa/`;

/** Runs `vite build` when dist/pwa has no index.html, and says so. */
export function ensureBuilt(): void {
  if (existsSync(`${DIST}index.html`)) return;
  console.log('dist/pwa is missing: running vite build first');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
