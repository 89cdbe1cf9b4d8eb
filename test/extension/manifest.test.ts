import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT, EXTENSION_PUBLIC_KEY, extensionManifest, PERMISSIONS, pwaMatchPattern, siteMatchPatterns } from '../../extension/manifest';
import { SITE_MATCHES } from '../../extension/content/site-matches';
import { EXTENSION_ID, extensionIdOf } from '../../shared/sync/extension-id';

const manifest = extensionManifest({ version: '1.2.3', pwaOrigin: 'https://simkeeper.example' });

describe('the extension manifest', () => {
  it('carries the public key whose id the PWA addresses (shared/sync/extension-id.ts)', async () => {
    expect(manifest.key).toBe(EXTENSION_PUBLIC_KEY);
    expect(await extensionIdOf(new Uint8Array(Buffer.from(EXTENSION_PUBLIC_KEY, 'base64')))).toBe(EXTENSION_ID);
  });

  it('takes its version from the build (package.json) and is Manifest V3', () => {
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.manifest_version).toBe(3);
  });

  it('asks for exactly the permissions the README explains, and hosts only from SITE_MATCHES', () => {
    expect(manifest.permissions).toEqual(['alarms', 'notifications', 'storage', 'activeTab', 'scripting', 'contextMenus']);
    expect(manifest.permissions).toEqual([...PERMISSIONS]);
    expect(manifest.host_permissions).toEqual(siteMatchPatterns());
    expect(siteMatchPatterns()).toEqual([...new Set(SITE_MATCHES.flatMap((site) => site.matches))]);
  });

  it('runs the one content script on exactly the host permissions, and none when there are no sites', () => {
    if (manifest.host_permissions.length === 0) expect(manifest.content_scripts).toEqual([]);
    else expect(manifest.content_scripts).toEqual([{ matches: manifest.host_permissions, js: [CONTENT_SCRIPT], run_at: 'document_idle' }]);
  });

  it('lets only the PWA\'s host connect, and lists no web-accessible file', () => {
    expect(manifest.externally_connectable).toEqual({ matches: ['https://simkeeper.example/*'] });
    expect('web_accessible_resources' in manifest).toBe(false);
  });

  it('keeps extension pages to their own scripts (no remote code, no eval)', () => {
    expect(manifest.content_security_policy.extension_pages).toMatch(/^script-src 'self';/);
    expect(manifest.content_security_policy.extension_pages).not.toMatch(/unsafe|http/);
  });
});

describe('pwaMatchPattern', () => {
  it('matches every path of the PWA\'s scheme and host, whatever the port', () => {
    expect(pwaMatchPattern('http://localhost')).toBe('http://localhost/*');
    expect(pwaMatchPattern('http://localhost:4173')).toBe('http://localhost/*');
    expect(pwaMatchPattern('https://sim.example.in')).toBe('https://sim.example.in/*');
  });
});
