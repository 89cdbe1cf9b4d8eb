import { describe, expect, it } from 'vitest';
import { isIosSafariTab, requestPersistence } from '../../../shared/db/persistence';

function storage(persisted: boolean, grants: boolean | Error) {
  let asked = 0;
  return {
    nav: {
      storage: {
        persisted: async () => persisted,
        persist: async () => {
          asked += 1;
          if (grants instanceof Error) throw grants;
          return grants;
        },
      },
    },
    asked: () => asked,
  };
}

describe('requestPersistence', () => {
  it('is granted when the browser agrees', async () => {
    const { nav, asked } = storage(false, true);
    expect(await requestPersistence(nav)).toBe('granted');
    expect(asked()).toBe(1);
  });

  it('is denied when the browser refuses', async () => {
    expect(await requestPersistence(storage(false, false).nav)).toBe('denied');
  });

  it('does not ask again when storage is already persistent', async () => {
    const { nav, asked } = storage(true, false);
    expect(await requestPersistence(nav)).toBe('granted');
    expect(asked()).toBe(0);
  });

  it('counts a browser that throws as denied', async () => {
    expect(await requestPersistence(storage(false, new Error('insecure context')).nav)).toBe('denied');
  });

  it('is unsupported without the Storage API', async () => {
    expect(await requestPersistence({})).toBe('unsupported');
    expect(await requestPersistence(undefined)).toBe('unsupported');
  });
});

describe('isIosSafariTab', () => {
  const iPhoneSafari = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
  const iPhoneChrome = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1';
  const iPadAsMac = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
  const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36';

  it('is true for Safari in a tab on an iPhone', () => {
    expect(isIosSafariTab(iPhoneSafari, false)).toBe(true);
    expect(isIosSafariTab(iPhoneSafari, undefined)).toBe(true);
  });

  it('is false once the app runs from the Home Screen', () => {
    expect(isIosSafariTab(iPhoneSafari, true)).toBe(false);
  });

  it('is true for other iOS browsers too: they all run on WebKit', () => {
    expect(isIosSafariTab(iPhoneChrome, false)).toBe(true);
  });

  it('recognises an iPad that reports itself as a Mac by its touch screen', () => {
    expect(isIosSafariTab(iPadAsMac, false, 5)).toBe(true);
    expect(isIosSafariTab(iPadAsMac, false, 0)).toBe(false);
  });

  it('is false on Android', () => {
    expect(isIosSafariTab(android, false, 5)).toBe(false);
  });
});
