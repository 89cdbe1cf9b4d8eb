import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/validation/error-codes';
import { englishOf } from '../../../shared/validation/english';
import { en } from '../../../shared/i18n/en';
import { hi } from '../../../shared/i18n/hi';

const words = (messages: Record<string, string>, code: string): string | undefined => messages[`err.${code}`];

describe('the error codes', () => {
  it('are each listed once', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it.each(ERROR_CODES)('%s has words for people in English and in Hindi', (code) => {
    expect(words(en, code)?.trim(), `en err.${code}`).toBeTruthy();
    expect(words(hi, code)?.trim(), `hi err.${code}`).toBeTruthy();
    expect(words(hi, code)).toMatch(/[\u0900-\u097F]/);
  });

  it.each(ERROR_CODES)('%s has English words for developers', (code) => {
    expect(englishOf(code, {}).length).toBeGreaterThan(5);
  });

  it('have no words left in i18n for a code that no longer exists', () => {
    const codes = new Set<string>(ERROR_CODES);
    const orphans = Object.keys(en).filter((key) => key.startsWith('err.') && !codes.has(key.slice(4)));
    expect(orphans).toEqual([]);
  });
});
