/**
 * The adapters as a meta-test, in the manner of refined-github's features.test.ts: every file in
 * extension/content/sites/ is registered, has its fixture, its test, its SITE_MATCHES entry, and
 * says in its header where its fixture's structure comes from.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../../../extension/content/sites/index';
import { SITE_MATCHES } from '../../../../extension/content/site-matches';
import { matchesPattern } from '../../../../extension/content/match-pattern';
import { SERVED_AT } from '../../../fixtures/sites/served-at';

const ROOT = new URL('../../../../', import.meta.url);
const adapterFiles = readdirSync(new URL('extension/content/sites/', ROOT))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.replace(/\.ts$/, ''));

describe('the recharge-site adapters', () => {
  it('cover the operators and the sites that sell recharges on the web', () => {
    expect([...adapterFiles].sort()).toEqual(['airtel', 'amazonpay', 'bsnl', 'freecharge', 'jio', 'mobikwik', 'paytm', 'phonepe', 'vi']);
  });

  it('are each registered once, under their file name', () => {
    expect(SITE_ADAPTERS.map((adapter) => adapter.id).sort()).toEqual([...adapterFiles].sort());
  });

  it.each(adapterFiles)('%s has its fixture page and its test', (id) => {
    expect(existsSync(new URL(`test/fixtures/sites/${id}.html`, ROOT))).toBe(true);
    expect(existsSync(new URL(`test/extension/content/sites/${id}.test.ts`, ROOT))).toBe(true);
  });

  it.each(adapterFiles)('%s says where its fixture comes from', (id) => {
    const header = readFileSync(new URL(`extension/content/sites/${id}.ts`, ROOT), 'utf8').split('*/')[0]!.replace(/\s*\n\s*\*\s*/g, ' ');
    expect(header).toContain(`test/fixtures/sites/${id}.html`);
    expect(header).toMatch(/modelled on/i);
  });

  it.each(adapterFiles)('%s has exactly one SITE_MATCHES entry, and its fixture is served under it', (id) => {
    const entries = SITE_MATCHES.filter((entry) => entry.id === id);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.matches.some((pattern) => matchesPattern(pattern, SERVED_AT[id]!))).toBe(true);
  });

  it('ask only for https recharge paths, never a whole site', () => {
    for (const pattern of SITE_MATCHES.flatMap((entry) => entry.matches)) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/[a-z-]+\/(?:[a-z-]+\/)*\*$/);
    }
  });

  it('have no SITE_MATCHES entry without an adapter', () => {
    expect(SITE_MATCHES.map((entry) => entry.id).sort()).toEqual([...adapterFiles].sort());
  });
});
