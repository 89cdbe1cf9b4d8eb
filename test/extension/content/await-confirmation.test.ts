import { describe, expect, it } from 'vitest';
import { watchFor } from '../../../extension/content/await-confirmation';
import { statusText } from '../../../extension/content/site-adapter';
import { SITE_ADAPTERS } from '../../../extension/content/sites/index';
import { documentOf, fixtureHtml } from './sites/fixture';

describe('how long the content script watches a page that shows no completed recharge', () => {
  it('stops at once when the payment failed, was declined, cancelled or refunded: that is final', () => {
    for (const status of ['Recharge failed', 'Payment declined by bank', 'Transaction cancelled', 'Amount refunded', 'रिचार्ज विफल']) {
      expect(watchFor(status), status).toBe('stop');
    }
  });

  it('waits on a payment still under way, which may turn into a confirmation in place', () => {
    for (const status of ['Recharge pending', 'Processing your payment', 'Awaiting confirmation from bank', 'भुगतान लंबित']) {
      expect(watchFor(status), status).toBe('pending');
    }
  });

  it('lets a page without a status, or with words it does not know, settle first', () => {
    expect(watchFor('')).toBe('settle');
    expect(watchFor('Thank you')).toBe('settle');
    expect(watchFor('Recharge successful')).toBe('settle'); // the details may come a moment later
  });

  it.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s names the status line its confirmation fixture shows', (id, adapter) => {
    expect(statusText(adapter, documentOf(fixtureHtml(id)))).toMatch(/success/i);
  });
});
