/**
 * What `npm run build` wrote for the extension (dist/extension): a manifest that exposes no file
 * to sites, scripts that load nothing from elsewhere, and the id the PWA addresses.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';
import { EXTENSION_PUBLIC_KEY } from '../../../extension/manifest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

describe('the built extension', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('makes none of its files web-accessible, so a site cannot probe for it', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('carries the key of the stable id, and its pages\' strict policy', () => {
    expect(manifest.key).toBe(EXTENSION_PUBLIC_KEY);
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" });
  });

  it('builds each content script as one self-contained file, which imports nothing', () => {
    const scripts = filesUnder(join(EXTENSION_DIR, 'content'));
    // The recharge sites' script when SITE_MATCHES lists sites, and the generic reader always.
    const declared = (manifest.content_scripts as { js: string[] }[]).flatMap((entry) => entry.js);
    expect(scripts.map((f) => f.slice(EXTENSION_DIR.length + 1)).sort()).toEqual([...new Set([...declared, 'content/generic-reader.js'])].sort());
    for (const file of scripts) expect(readFileSync(file, 'utf8')).not.toMatch(/\bimport\s*[({'"]|chrome\.runtime\.getURL/);
  });

  it('loads no code from anywhere else: no http(s) script or import in any file it ships', () => {
    for (const file of filesUnder(EXTENSION_DIR).filter((f) => /\.(js|html)$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script[^>]+src=["']https?:|import\(["']https?:|from ["']https?:/);
    }
  });
});
