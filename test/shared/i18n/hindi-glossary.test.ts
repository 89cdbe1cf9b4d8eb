import { describe, expect, it } from 'vitest';
import { hi } from '../../../shared/i18n/hi';
import { HINDI_GLOSSARY } from '../../../shared/i18n/hindi-glossary';

const strings = Object.entries(hi);

describe('the Hindi glossary', () => {
  it.each(HINDI_GLOSSARY.map((entry) => [entry.idea, entry] as const))('uses the chosen word for %s', (_idea, entry) => {
    expect(strings.some(([, text]) => text.includes(entry.use))).toBe(true);
  });

  it.each(HINDI_GLOSSARY.filter((entry) => entry.avoid.length > 0).map((entry) => [entry.idea, entry] as const))(
    'never uses a replaced word for %s', (_idea, entry) => {
      const offending = strings.filter(([, text]) => entry.avoid.some((pattern) => pattern.test(text))).map(([key]) => key);
      expect(offending).toEqual([]);
    },
  );

  it('catches a replaced word when one comes back', () => {
    const advanceRent = HINDI_GLOSSARY.find((entry) => entry.use === 'अग्रिम किराया')!;
    expect(advanceRent.avoid.some((pattern) => pattern.test('पहले से भरा किराया'))).toBe(true);
  });
});
