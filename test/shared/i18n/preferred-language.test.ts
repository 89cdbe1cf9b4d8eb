import { describe, expect, it } from 'vitest';
import { preferredLanguage } from '../../../shared/i18n/preferred-language';

describe('preferredLanguage', () => {
  it('opens in Hindi when the browser prefers Hindi', () => {
    expect(preferredLanguage(['hi-IN', 'en-US'])).toBe('hi');
    expect(preferredLanguage(['HI'])).toBe('hi');
  });

  it('takes the first language the app speaks, skipping others', () => {
    expect(preferredLanguage(['ta-IN', 'hi', 'en'])).toBe('hi');
    expect(preferredLanguage(['mr-IN', 'en-IN', 'hi-IN'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(preferredLanguage([])).toBe('en');
    expect(preferredLanguage(['fr-FR'])).toBe('en');
  });
});
