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
