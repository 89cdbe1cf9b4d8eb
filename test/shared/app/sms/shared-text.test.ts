import { describe, expect, it } from 'vitest';
import { offerSharedText, takeSharedText } from '../../../../shared/app/sms/shared-text';

describe('shared text', () => {
  it('is handed over once: a later visit of the SMS screen finds nothing', () => {
    offerSharedText('first');
    offerSharedText('Rs 20 deducted');
    expect(takeSharedText()).toBe('Rs 20 deducted');
    expect(takeSharedText()).toBeNull();
  });
});
