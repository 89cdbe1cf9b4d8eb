import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { hi } from '../../../shared/i18n/hi';
import { isLanguageLoaded, loadLanguage, translate } from '../../../shared/i18n/translate';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the English and Hindi messages', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(hi).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty string in either language', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(hi)]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(hi[key]), key).toEqual(placeholders(en[key]));
  });

  it('write Hindi in Devanagari (every Hindi message that differs from English has Devanagari in it)', () => {
    const sameOnPurpose = new Set(['app.name', 'ev.activity', 'flag.other', 'operator.jio', 'operator.airtel', 'operator.vi', 'operator.bsnl', 'operator.mtnl', 'welcome.otherLanguage', 'form.rupees', 'flag.policy', 'import.sims']);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (sameOnPurpose.has(key)) continue;
      expect(hi[key], key).toMatch(/[\u0900-\u097F]/);
    }
  });
});

describe('loadLanguage', () => {
  // First in the file: the modules are fresh, so Hindi has not been loaded yet.
  it('leaves Hindi out until it is asked for, answering in English meanwhile', async () => {
    expect(isLanguageLoaded('hi')).toBe(false);
    expect(translate('hi', 'card.daysLeft', { n: 12 })).toBe('12 days left');
    await loadLanguage('hi');
    expect(isLanguageLoaded('hi')).toBe(true);
    expect(translate('hi', 'card.daysLeft', { n: 12 })).toBe('12 दिन बाक़ी');
  });
});

describe('translate', () => {
  beforeAll(() => loadLanguage('hi'));

  it('fills placeholders', () => {
    expect(translate('en', 'card.daysLeft', { n: 12 })).toBe('12 days left');
    expect(translate('hi', 'card.daysLeft', { n: 12 })).toBe('12 दिन बाक़ी');
  });

  it('leaves a placeholder without a value visible rather than dropping it', () => {
    expect(translate('en', 'card.daysLeft')).toBe('{n} days left');
  });
});
