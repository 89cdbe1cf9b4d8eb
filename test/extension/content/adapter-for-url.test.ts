import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../../extension/content/adapter-for-url';
import { SERVED_AT } from '../../fixtures/sites/served-at';

describe('adapterForUrl', () => {
  it('finds each site’s adapter on its confirmation URL', () => {
    for (const [id, url] of Object.entries(SERVED_AT)) expect(adapterForUrl(url)?.id).toBe(id);
  });

  it('finds none on another site, or on the same site outside its recharge paths', () => {
    expect(adapterForUrl('https://quickpay.example/orders/1')).toBeNull();
    expect(adapterForUrl('https://www.jio.com/account/profile')).toBeNull();
  });
});
