import { beforeAll, describe, expect, it } from 'vitest';
import { FLAG_CODES, FLAG_PARAMS, type Flag } from '../../../shared/rules/flag-codes';
import { en } from '../../../shared/i18n/en';
import { hi } from '../../../shared/i18n/hi';
import { describeFlag } from '../../../shared/i18n/describe-flag';
import { loadLanguage } from '../../../shared/i18n/translate';

/** A flag of `code` with every parameter set: ₹25 for money, 3 for a count. */
function sampleFlag(code: (typeof FLAG_CODES)[number]): Flag {
  const kinds: Record<string, string> = FLAG_PARAMS[code];
  const params = Object.fromEntries(Object.keys(kinds).map((name) => [name, kinds[name] === 'paise' ? 2500 : 3]));
  return { code, params, regulation: 'reg 12(1)', date: '2026-03-05', field: 'anrThreshold' } as Flag;
}

describe('the words of every flag code', () => {
  beforeAll(() => loadLanguage('hi'));

  it.each(FLAG_CODES)('%s has words in English and in Hindi', (code) => {
    const key = `flag.${code}` as keyof typeof en;
    expect(en[key], `en ${key}`).toBeTruthy();
    expect(hi[key], `hi ${key}`).toBeTruthy();
    expect(hi[key]).toMatch(/[\u0900-\u097F]/);
  });

  it.each(FLAG_CODES)('%s fills every placeholder in both languages, money as formatMoney writes it', (code) => {
    const english = describeFlag(sampleFlag(code), 'en');
    const hindi = describeFlag(sampleFlag(code), 'hi');
    expect(english).not.toMatch(/[{}]/);
    expect(hindi).not.toMatch(/[{}]/);
    if (Object.values(FLAG_PARAMS[code]).includes('paise' as never)) {
      expect(english).toContain('₹25');
      expect(hindi).toContain('₹25');
    }
  });
});

describe('a flag in words', () => {
  beforeAll(() => loadLanguage('hi'));

  it('tells a reactivation overcharge with the fee paid, the policy\'s fee, and leaves breach or tariff to the findings', () => {
    const flag: Flag = { code: 'reactivation_overcharged', date: '2026-02-10', regulation: 'reg 14(1)', params: { fee: 4900, maxFee: 2000 } };
    expect(describeFlag(flag, 'en')).toBe('On 10 Feb reactivation cost ₹49, more than the ₹20 the operator\'s policy charges. The findings say whether that breaks reg 14(1) or only the operator\'s own tariff.');
    expect(describeFlag(flag, 'hi')).toContain('विनियम 14(1)');
    expect(describeFlag(flag, 'hi')).toContain('₹49');
  });

  it('tells safe custody charged above its bound in Hindi, not in English', () => {
    const flag: Flag = { code: 'safe_custody_overcharged', date: '2026-02-01', regulation: 'reg 13(2)', params: { months: 3, amount: 20000, maxCharge: 15000 } };
    expect(describeFlag(flag, 'hi')).toBe('1 फ़रवरी को सेफ़ कस्टडी के लिए ₹200 लिए गए; माँगे गए महीनों (3) के लिए ऑपरेटर की नीति में ज़्यादा से ज़्यादा ₹150 तय है। यह विनियम 13(2) का उल्लंघन है या सिर्फ़ ऑपरेटर के अपने टैरिफ़ का, यह जाँच के नतीजों में लिखा है।');
  });

  it('names the policy field and the bound it breaks', () => {
    const flag: Flag = { code: 'policy_out_of_bounds', field: 'nonUsageDays', regulation: 'reg 11', params: {} };
    expect(describeFlag(flag, 'en')).toBe(`“${en['policy.nonUsageDays']}”: ${en['breach.nonUsageDays']}`);
  });

  it('adds the year when asked', () => {
    const flag: Flag = { code: 'anr_overcharged', date: '2026-11-02', regulation: 'reg 12(1) proviso', params: { amount: 2500, charge: 2000 } };
    expect(describeFlag(flag, 'en', { withYear: true })).toMatch(/^On 2 Nov 2026 the operator deducted ₹25, more than the ₹20/);
  });
});
