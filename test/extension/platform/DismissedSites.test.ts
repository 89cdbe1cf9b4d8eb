import { describe, expect, it } from 'vitest';
import { siteName } from '../../../extension/platform/DismissedSites';
import { SITE_MATCHES } from '../../../extension/content/site-matches';

describe('the names in "Sites where SIM Keeper does not ask"', () => {
  it('are the sites’ own names, one for each site, never its id', () => {
    expect(siteName('amazonpay')).toBe('Amazon Pay');
    const names = SITE_MATCHES.map((site) => siteName(site.id));
    expect(new Set(names).size).toBe(SITE_MATCHES.length);
    for (const site of SITE_MATCHES) expect(siteName(site.id).trim()).not.toBe('');
  });

  it('show an id no adapter has any more as it is, so it can still be asked again', () => {
    expect(siteName('oldsite')).toBe('oldsite');
  });
});
