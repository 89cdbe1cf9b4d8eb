import { describe, expect, it, vi } from 'vitest';
import { receiveShare, sharedTextOf } from '../../../pwa/platform/share-target';
import { takeSharedText } from '../../../shared/app/sms/shared-text';

describe('sharedTextOf', () => {
  it('reads the SMS from text, else title, else url', () => {
    expect(sharedTextOf('?title=&text=Rs%2020%20deducted&url=')).toBe('Rs 20 deducted');
    expect(sharedTextOf('?title=Bal%20Rs%2010')).toBe('Bal Rs 10');
    expect(sharedTextOf('?text=%20&url=https%3A%2F%2Fx.in')).toBe('https://x.in');
    expect(sharedTextOf('?title=&text=')).toBe('');
  });

  it('is null for an address that is not a share', () => {
    expect(sharedTextOf('')).toBeNull();
    expect(sharedTextOf('?utm=1')).toBeNull();
  });
});

describe('receiveShare', () => {
  it('hands the text over in memory and replaces the address, so the text is not left in the history', () => {
    const history = { replaceState: vi.fn() };
    expect(receiveShare({ search: '?text=Bal%20Rs%2010', pathname: '/app/' }, history)).toBe(true);
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/app/#/sms');
    expect(takeSharedText()).toBe('Bal Rs 10');
  });

  it('leaves an ordinary opening alone', () => {
    const history = { replaceState: vi.fn() };
    expect(receiveShare({ search: '', pathname: '/' }, history)).toBe(false);
    expect(history.replaceState).not.toHaveBeenCalled();
    expect(takeSharedText()).toBeNull();
  });
});
