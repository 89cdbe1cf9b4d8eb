/**
 * The extension asks for exactly what the README says it asks for (issue 11, section 3): its
 * permissions and host permissions, read from the built manifest (dist/extension/manifest.json,
 * what Chrome installs), against the README's two tables. A permission added to the manifest
 * without a line in the README saying why, or a line left behind after one is dropped, fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

function builtManifest(): Manifest {
  const path = `${root}dist/extension/manifest.json`;
  if (!existsSync(path)) throw new Error('dist/extension/manifest.json is missing: run npm run build first');
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The first cell of each row of the README table whose header row starts with `header`, unquoted from `code`. */
function readmeColumn(header: string): string[] {
  const lines = readFileSync(`${root}README.md`, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${header} |`));
  if (start < 0) throw new Error(`README has no table headed "${header}"`);
  const cells: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    cells.push(line.split('|')[1]!.trim());
  }
  return cells;
}

const backticked = (cells: string[]) => cells.filter((cell) => /^`[^`]+`$/.test(cell)).map((cell) => cell.slice(1, -1));
const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

describe("the extension's permissions", () => {
  it('are exactly the ones the README lists, each with why', () => {
    const documented = backticked(readmeColumn('permission'));
    expect(documented.length).toBeGreaterThan(0);
    expect(sorted(builtManifest().permissions)).toEqual(sorted(documented));
  });

  it('have exactly the host permissions the README lists', () => {
    const documented = backticked(readmeColumn('host permission'));
    expect(documented.length).toBeGreaterThan(0);
    expect(sorted(builtManifest().host_permissions)).toEqual(sorted(documented));
  });

  it('ask for nothing optional, and the content script runs on no page outside the host permissions', () => {
    const manifest = builtManifest();
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    const hosts = new Set(manifest.host_permissions);
    for (const script of manifest.content_scripts ?? []) {
      for (const match of script.matches ?? []) expect(hosts.has(match), match).toBe(true);
    }
  });

  it('never reach for every site, history, tabs or cookies', () => {
    const { permissions = [], host_permissions = [] } = builtManifest();
    expect(permissions.filter((p) => ['tabs', 'history', 'cookies', 'webRequest', 'debugger', '<all_urls>', 'management'].includes(p))).toEqual([]);
    expect(host_permissions.filter((p) => p === '<all_urls>' || p.startsWith('*://') || p.startsWith('http://') || /^https:\/\/\*[./]/.test(p))).toEqual([]);
  });
});
