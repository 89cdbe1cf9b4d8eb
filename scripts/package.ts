/**
 * `npm run package`: the built extension (dist/extension) as a zip for the Chrome Web Store, in
 * dist/sim-keeper-extension-<version>.zip. The store signs the package itself and refuses a
 * manifest `key`, so the zip's manifest leaves it out (the unpacked build keeps it, for a stable
 * id in development). A small zip writer of our own (stored entries deflated with node:zlib), so
 * packaging needs no dependency.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipFiles, type ZipEntry } from './zip';

const root = fileURLToPath(new URL('../', import.meta.url));
const source = join(root, 'dist/extension');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The manifest for the store: everything but `key`. */
export function storeManifest(text: string): string {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  delete manifest.key;
  return JSON.stringify(manifest, null, 2) + '\n';
}

function main(): void {
  let files: string[];
  try {
    files = filesUnder(source);
  } catch {
    console.error('dist/extension is missing: run `npm run build` first.');
    process.exit(1);
  }
  const entries: ZipEntry[] = files.map((path) => {
    const name = relative(source, path).split(sep).join('/');
    const data = readFileSync(path);
    return { name, data: name === 'manifest.json' ? Buffer.from(storeManifest(data.toString('utf8'))) : data };
  });
  const version = (JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8')) as { version: string }).version;
  const out = join(root, `dist/sim-keeper-extension-${version}.zip`);
  writeFileSync(out, zipFiles(entries));
  console.log(`Wrote ${relative(root, out)} (${entries.length} files): upload it in the Chrome Web Store's developer dashboard.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
