/** Which adapter, if any, runs on a URL: the one whose SITE_MATCHES patterns match it. */
import { matchesPattern } from './match-pattern';
import { SITE_MATCHES } from './site-matches';
import { SITE_ADAPTERS } from './sites/index';
import type { SiteAdapter } from './site-adapter';

export function adapterForUrl(url: string): SiteAdapter | null {
  const entry = SITE_MATCHES.find((site) => site.matches.some((pattern) => matchesPattern(pattern, url)));
  return SITE_ADAPTERS.find((adapter) => adapter.id === entry?.id) ?? null;
}
