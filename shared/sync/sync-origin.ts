/**
 * Which web origin may sync with the extension: the PWA's, fixed at build time
 * (SIMKEEPER_PWA_ORIGIN). Chrome already lets only pages matching externally_connectable reach
 * the extension; the background checks again, exactly, because a match pattern names no port and
 * no path, and because a check in our own code is one a test can hold us to.
 */

/** The PWA's origin in development and the tests: the app served on localhost. */
export const DEVELOPMENT_PWA_ORIGIN = 'http://localhost';

/**
 * True when `origin` is the PWA's. An allowed origin with no port accepts any port of the same
 * scheme and host: the development server picks a free one. Anything unparsable is refused.
 */
export function isPwaOrigin(origin: unknown, allowed: string): boolean {
  if (typeof origin !== 'string') return false;
  let from: URL;
  let want: URL;
  try {
    from = new URL(origin);
    want = new URL(allowed);
  } catch {
    return false;
  }
  if (from.origin !== origin) return false; // a full URL, or a path, is not an origin
  if (from.protocol !== want.protocol || from.hostname !== want.hostname) return false;
  return want.port === '' || from.port === want.port;
}
