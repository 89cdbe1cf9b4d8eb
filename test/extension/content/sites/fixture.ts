/**
 * Fixture pages for the adapter tests: each parsed with linkedom, a small DOM, so that a test per
 * site runs in node without a browser. A near miss is the fixture with its status rewritten, so it
 * differs from the real page in exactly what the adapter must notice.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';

export function fixtureHtml(id: string): string {
  return readFileSync(new URL(`../../../fixtures/sites/${id}.html`, import.meta.url), 'utf8');
}

export function documentOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The fixture with each [from, to] replaced once; fails when a `from` is not in the page. */
export function rewritten(id: string, ...changes: [string, string][]): Document {
  let html = fixtureHtml(id);
  for (const [from, to] of changes) {
    expect(html, `the fixture contains ${from}`).toContain(from);
    html = html.replace(from, to);
  }
  return documentOf(html);
}
