/**
 * The content script's headline figures (issue 11: under 5 KB, and no work on a page that is not a
 * confirmation), recorded by scripts/bench/content-script.ts and shown as rows of the one table
 * that v3-vs-v2.ts prints, in its columns: figure, now, before, before / now, goal, verdict.
 *
 * Not a bench section: it lives in support/, which the runner does not scan.
 */

export interface ContentScriptFigures {
  /** dist/extension/content/recharge-prompt.js, gzip -9, bytes. */
  gzipBytes: number;
  /** On the busy plan list, 16 s from navigation: CPU under the script's frames, ms (median). */
  scriptMs: number;
  /** On the busy plan list, over 2 s after its 15 s to settle: calls into the script. */
  lateCalls: number;
  /** On the plan list, the failed and the pending page together. */
  messages: number;
  nodesAdded: number;
}

/**
 * Measured with the commit before issue 11's change (the minute-long observer), on this machine,
 * by this bench's probe (its CPU figure: the median of 3 runs).
 */
const BEFORE = { gzipBytes: 3_784, scriptMs: 3.74, lateCalls: 36 };

let measured: ContentScriptFigures | undefined;

export function recordContentScript(figures: ContentScriptFigures): void {
  measured = figures;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'met' : 'not met');

/** The rows for v3-vs-v2.ts's table. */
export function contentScriptRows(): string[][] {
  const m = measured;
  const shown = (value: number | undefined, text: (n: number) => string = String) => (value === undefined ? 'not run' : text(value));
  return [
    ['extension content script, gzip -9', shown(m?.gzipBytes, kB), kB(BEFORE.gzipBytes), 'before issue 11', '< 5 kB', verdict(m && m.gzipBytes < 5 * 1024)],
    ['content script CPU, busy plan list, 16 s from navigation', shown(m?.scriptMs, (n) => `${n.toFixed(1)} ms`), `${BEFORE.scriptMs} ms`, 'before issue 11', 'none set', ''],
    ['content script calls on a busy plan list, 2 s after settling', shown(m?.lateCalls), String(BEFORE.lateCalls), 'before issue 11', '0', verdict(m && m.lateCalls === 0)],
    ['messages to the background from non-confirmation pages', shown(m?.messages), '0', '', '0', verdict(m && m.messages === 0)],
    ['DOM nodes added to non-confirmation pages', shown(m?.nodesAdded), '0', '', '0', verdict(m && m.nodesAdded === 0)],
  ];
}
