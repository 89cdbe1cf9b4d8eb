import { beforeAll, describe, expect, it } from 'vitest';
import { describePresetSource } from '../../../shared/i18n/describe-preset-source';
import { loadLanguage } from '../../../shared/i18n/translate';
import { OPERATOR_PRESETS } from '../../../shared/rules/presets';

describe('the source of an operator preset', () => {
  beforeAll(() => loadLanguage('hi'));

  it('ends with the day its figures were checked, in either language', () => {
    expect(describePresetSource('other', 'en')).toBe('TRAI’s floor (regs 11–14): the least protection any operator must give. Figures as checked on 23 Nov 2026.');
    expect(describePresetSource('bsnl', 'hi')).toMatch(/^BSNL प्रीपेड: .* ये आँकड़े 23 नवंबर 2026 को जाँचे गए थे।$/);
  });

  it.each(OPERATOR_PRESETS.map((p) => p.id))('%s has its own words and a date', (id) => {
    expect(describePresetSource(id, 'en')).toMatch(/\. Figures as checked on \d{1,2} \w{3} \d{4}\.$/);
  });
});
