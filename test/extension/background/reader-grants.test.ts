import { describe, expect, it } from 'vitest';
import { storedReaderGrants } from '../../../extension/background/reader-grants';
import { fakeStorageArea } from './fake-storage-area';

describe('storedReaderGrants', () => {
  it('lets the reader speak for the tab the user clicked in, for five minutes', async () => {
    const grants = storedReaderGrants(fakeStorageArea());
    await grants.allow(3, 1_000);
    expect(await grants.granted(3, 1_000 + 4 * 60_000)).toBe(true);
    expect(await grants.granted(3, 1_000 + 6 * 60_000)).toBe(false);
  });

  it('grants no other tab', async () => {
    const grants = storedReaderGrants(fakeStorageArea());
    await grants.allow(3, 1_000);
    expect(await grants.granted(4, 1_000)).toBe(false);
  });
});
