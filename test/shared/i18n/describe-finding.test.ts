import { beforeAll, describe, expect, it } from 'vitest';
import { describeCertainty, describeFinding, findingAsks, findingTitle, lawText } from '../../../shared/i18n/describe-finding';
import { loadLanguage } from '../../../shared/i18n/translate';
import { FINDING_CODES, type Finding } from '../../../shared/rules/findings/finding-codes';
import { findingsOf } from '../../../shared/rules/findings/findings-of';
import { withPolicy } from '../../../shared/rules/policy';
import { CASES } from '../rules/findings/cases';

beforeAll(() => loadLanguage('hi'));

const early: Finding = {
  code: 'deactivated_early', date: '2026-03-05', regulation: 'reg 11', certainty: 'clear', breach: true, refund: 0, restore: true,
  params: { lastActivity: '2026-03-01', periodEnds: '2026-05-30', days: 4 },
};

describe('describeFinding', () => {
  it('says what happened with the user’s dates, in English and Hindi, citing the regulation in each', () => {
    expect(describeFinding(early, 'en')).toBe('The number was deactivated on 5 Mar, 4 days after its last use on 1 Mar; it may not be deactivated for non-usage before 30 May (reg 11).');
    expect(describeFinding(early, 'hi')).toContain('बंद (निष्क्रिय)');
    expect(describeFinding(early, 'hi')).toContain('(विनियम 11)');
  });
  it('leaves no placeholder unfilled for any code, in either language', () => {
    for (const code of FINDING_CODES) {
      const c = CASES[code];
      const found = findingsOf(c.sim ?? { connection: 'prepaid', since: '2026-01-01' }, c.policy ?? withPolicy(), c.triggers, '2026-12-01').find((f) => f.code === code)!;
      for (const lang of ['en', 'hi'] as const) {
        expect(describeFinding(found, lang), `${code} ${lang}`).not.toMatch(/\{\w+\}/);
        expect(findingTitle(found, lang)).not.toBe('');
        expect(lawText(found.regulation, lang), `${code}: the regulation's text`).not.toBeNull();
      }
    }
  });
  it('asks for the number back after an early deactivation, and the excess of an overcharge', () => {
    expect(findingAsks(early, 'en')).toEqual(['Ask for the number to be restored, free of charge.']);
    expect(findingAsks({ ...early, code: 'reactivation_over_limit', refund: 500, restore: false, params: { fee: 2500, limit: 2000 } } as Finding, 'en')).toEqual(['Ask for ₹5 back.']);
  });
  it('says how sure it is', () => {
    expect(describeCertainty({ ...early, certainty: 'possible' }, 'en')).toMatch(/^Possible/);
  });
  it('quotes the Hindi gazette for the Hindi reader', () => {
    expect(lawText('reg 11', 'hi')).toContain('नब्बे दिनों');
    expect(lawText('reg 99', 'en')).toBeNull();
  });
});
