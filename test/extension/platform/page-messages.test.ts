import { describe, expect, it } from 'vitest';
import { parsePageMessage } from '../../../extension/platform/page-messages';

describe('the messages of the extension\'s pages', () => {
  it('reads a refresh, and a read-page with a tab id', () => {
    expect(parsePageMessage({ kind: 'sim-keeper/refresh' })).toEqual({ kind: 'sim-keeper/refresh' });
    expect(parsePageMessage({ kind: 'sim-keeper/read-page', tabId: 12, extra: 1 })).toEqual({ kind: 'sim-keeper/read-page', tabId: 12 });
  });

  it('refuses anything else', () => {
    for (const message of [null, 'refresh', { kind: 'sim-keeper/read-page' }, { kind: 'sim-keeper/read-page', tabId: -1 },
      { kind: 'sim-keeper/read-page', tabId: '3' }, { kind: 'other' }]) {
      expect(parsePageMessage(message)).toBeNull();
    }
  });
});
