import { describe, expect, it } from 'vitest';
import { storedSiteDismissals } from '../../../extension/background/site-dismissals';
import { fakeStorageArea } from './fake-storage-area';

describe('storedSiteDismissals', () => {
  it('remembers a dismissed site in the storage area, and only that site', async () => {
    const area = fakeStorageArea();
    await storedSiteDismissals(area).add('paytm');
    // A new adapter over the same area: what a restarted service worker sees.
    const again = storedSiteDismissals(area);
    expect(await again.has('paytm')).toBe(true);
    expect(await again.has('jio')).toBe(false);
  });

  it('stores a site once however often it is dismissed', async () => {
    const area = fakeStorageArea();
    const dismissals = storedSiteDismissals(area);
    await dismissals.add('vi');
    await dismissals.add('vi');
    expect(await area.get('dismissedSites')).toEqual({ dismissedSites: ['vi'] });
  });
});

describe('"Ask again", the undo of "Don\'t ask on this site"', () => {
  it('lists the dismissed sites in the order they were dismissed', async () => {
    const dismissals = storedSiteDismissals(fakeStorageArea());
    await dismissals.add('paytm');
    await dismissals.add('jio');
    expect(await dismissals.list()).toEqual(['paytm', 'jio']);
  });

  it('forgets one site, so the background asks there again, and leaves the others dismissed', async () => {
    const area = fakeStorageArea();
    await storedSiteDismissals(area).add('paytm');
    await storedSiteDismissals(area).add('jio');
    await storedSiteDismissals(area).remove('paytm');
    const again = storedSiteDismissals(area);
    expect(await again.has('paytm')).toBe(false);
    expect(await again.has('jio')).toBe(true);
    expect(await again.list()).toEqual(['jio']);
  });

  it('leaves the storage alone when the site was not dismissed', async () => {
    const area = fakeStorageArea();
    await storedSiteDismissals(area).remove('vi');
    expect(await area.get('dismissedSites')).toEqual({});
  });
});
