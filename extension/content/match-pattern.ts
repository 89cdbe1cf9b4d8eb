/**
 * Chrome's match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns)
 * for the URLs of SITE_MATCHES: the background checks that a content script's message comes from a
 * page the manifest let it run on. Only what SITE_MATCHES uses: a scheme, an exact host or
 * '*.' subdomains, and a path with '*' wildcards.
 */

/** Whether `url` is matched by `pattern`, e.g. 'https://paytm.com/myorders/*'. */
export function matchesPattern(pattern: string, url: string): boolean {
  const parts = /^(https?|\*):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const schemeOk = scheme === '*' ? parsed.protocol === 'https:' || parsed.protocol === 'http:' : parsed.protocol === `${scheme}:`;
  return schemeOk && hostMatches(host, parsed.hostname) && wildcard(path).test(parsed.pathname + parsed.search);
}

function hostMatches(host: string, hostname: string): boolean {
  if (host === '*') return true;
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return hostname === host;
}

function wildcard(path: string): RegExp {
  const escaped = path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${escaped}$`);
}
