/**
 * Text shared into the app from elsewhere (the PWA's share target, issue 9), handed to the SMS screen
 * in memory: the platform glue takes it out of the address (and so out of the history) before the
 * app renders, and the screen takes it once. Nothing shared is written anywhere until the user
 * confirms on that screen.
 */
let pending: string | null = null;

/** Hands over shared text; the last share wins. */
export function offerSharedText(text: string): void {
  pending = text;
}

/** The shared text, once: a second call (a later visit of the screen) gets null. */
export function takeSharedText(): string | null {
  const text = pending;
  pending = null;
  return text;
}
