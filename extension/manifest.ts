/**
 * The extension's Manifest V3, written in TypeScript and read by the extension build
 * (vite.config.ts, `--mode extension`, through @crxjs/vite-plugin).
 *
 * Least privilege: every permission is in the README with the reason it is needed. Host
 * permissions are exactly the recharge pages of extension/content/site-matches.ts; no page is
 * web-accessible to sites (the content script is built as one self-contained file, so it needs
 * none), so a site cannot probe for the extension. The extension pages keep MV3's strict CSP.
 */
import { SITE_MATCHES } from './content/site-matches';

/**
 * The public half of the key that fixes the extension's id (shared/sync/extension-id.ts). The
 * private half is not in the repository: only the Chrome Web Store signs the published package.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy80kAhHHlO3mvW1301Nl3SQCX7esMy7taXO0bV91IlJ78JbHCwNqce0FE08yR+qro2KBvswnyni6YYYmdugFZ4GyWtx0CLEmHNnQp0Ej/sT8Lr3/ytPedQdBiI5M1tsAT2RMFzDrSZNfm/4ckvphkaL4ue+sO1tep0HYf5fVlaYpZZRLLH/nT7/9mVSM2URd6RSTAjKtMAZrwF/IGb4odpYWFTrqunGNUHBKStL/ZidzRd0Pos4WuEUHoNRTkNqntsg0YjpGIva7Ruo+r7DeBGe4ekIxf7O5WsEAmj39ZTQrbuQDMIpXf2jMYIpcbF9l6dDzawb/mktki5KUQTGrXQIDAQAB';

/** The permissions, each for one feature (README, "Permissions"). */
export const PERMISSIONS = ['alarms', 'notifications', 'storage', 'activeTab', 'scripting', 'contextMenus'] as const;

/** The one content script the recharge sites get (extension/content/). */
export const CONTENT_SCRIPT = 'content/recharge-prompt.ts';

export interface ManifestInputs {
  /** package.json's version. */
  version: string;
  /** The origin the PWA is served from, the only web page that may connect (externally_connectable). */
  pwaOrigin: string;
}

/** Every site's match patterns, once each, in the order of SITE_MATCHES. */
export function siteMatchPatterns(): string[] {
  return [...new Set(SITE_MATCHES.flatMap((site) => site.matches))];
}

/**
 * externally_connectable's pattern for the PWA's origin. A match pattern names no port: Chrome's
 * patterns without one match every port, which suits localhost in development; the background
 * checks the exact origin again (shared/sync/sync-origin.ts).
 */
export function pwaMatchPattern(pwaOrigin: string): string {
  const url = new URL(pwaOrigin);
  return `${url.protocol}//${url.hostname}/*`;
}

export function extensionManifest(inputs: ManifestInputs) {
  const sites = siteMatchPatterns();
  return {
    manifest_version: 3 as const,
    name: 'SIM Keeper',
    short_name: 'SIM Keeper',
    description: "Keeps your SIM numbers alive: reminders before TRAI's non-usage, ANR and grace deadlines, and recharges logged from the recharge page.",
    version: inputs.version,
    key: EXTENSION_PUBLIC_KEY,
    minimum_chrome_version: '116',
    icons: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png', '48': 'icons/icon-48.png', '128': 'icons/icon-128.png' },
    action: {
      default_title: 'SIM Keeper',
      default_popup: 'popup.html',
      default_icon: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png' },
    },
    background: { service_worker: 'background/index.ts', type: 'module' as const },
    permissions: [...PERMISSIONS],
    host_permissions: sites,
    content_scripts: sites.length === 0 ? [] : [{ matches: sites, js: [CONTENT_SCRIPT], run_at: 'document_idle' as const }],
    externally_connectable: { matches: [pwaMatchPattern(inputs.pwaOrigin)] },
    // MV3's own policy, spelled out so that nobody loosens it by accident: only the extension's files.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" },
  };
}

export type ExtensionManifest = ReturnType<typeof extensionManifest>;
