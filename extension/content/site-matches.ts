/**
 * The recharge sites the content script runs on, as data only (no DOM): the manifest builds its
 * content_scripts and host_permissions from this list, so a site's permission is exactly its
 * recharge paths. One entry per adapter in extension/content/sites/.
 */
export interface SiteMatch {
  /** The adapter's id, also its file name: extension/content/sites/<id>.ts. */
  id: string;
  /** Chrome match patterns of the site's recharge (confirmation) pages. */
  matches: string[];
}

export const SITE_MATCHES: readonly SiteMatch[] = [];
