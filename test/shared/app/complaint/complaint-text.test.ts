import { beforeAll, describe, expect, it } from 'vitest';
import { complaintCentreOf, complaintFileName, complaintText } from '../../../../shared/app/complaint/complaint-text';
import { loadLanguage } from '../../../../shared/i18n/translate';
import type { Finding } from '../../../../shared/rules/findings/finding-codes';

beforeAll(() => loadLanguage('hi'));

const early: Finding = {
  code: 'deactivated_early', date: '2026-03-05', regulation: 'reg 11', certainty: 'clear', breach: true, refund: 0, restore: true,
  params: { lastActivity: '2026-03-01', periodEnds: '2026-05-30', days: 4 },
};
const overPolicy: Finding = {
  code: 'reactivation_over_policy', date: '2026-04-05', regulation: 'reg 14(1)', certainty: 'clear', breach: false, refund: 500, restore: false,
  params: { fee: 1500, policyFee: 1000 },
};
const sim = { label: 'Jio', number: '9876543210', operator: 'jio' as const, connection: 'prepaid' as const };

describe('complaintText', () => {
  it('writes to the complaint centre first, then the appellate authority, with the dates, the regulation quoted and the number asked back', () => {
    const text = complaintText(early, sim, { lang: 'en', showNumber: true, today: '2026-03-10' });
    expect(text.split('\n').slice(0, 2)).toEqual(['To: the Complaint Centre, Jio (198)', 'If unresolved, to: the Appellate Authority, Jio']);
    expect(text).toContain('Subject: Deactivated too early, mobile number 9876543210');
    expect(text).toContain('deactivated on 5 Mar 2026, 4 days after its last use on 1 Mar 2026');
    expect(text).toContain('The regulation says: “Every service provider shall ensure that no cellular mobile telephone connection of a prepaid consumer is deactivated for non-usage, for a minimum period of ninety days');
    expect(text).toContain('I ask you to restore my number 9876543210 at once, without any reactivation charge.');
  });

  it('shows only the last four digits unless the user chooses the whole number', () => {
    const text = complaintText(early, sim, { lang: 'en', showNumber: false, today: '2026-03-10' });
    expect(text).not.toContain('9876543210');
    expect(text).toContain('•••• 3210');
  });

  it('writes Hindi with the gazette’s own text and terms', () => {
    const text = complaintText(early, sim, { lang: 'hi', showNumber: false, today: '2026-03-10' });
    expect(text).toContain('सेवा में: शिकायत केंद्र, Jio (198)');
    expect(text).toContain('बंद (निष्क्रिय)');
    expect(text).toContain('नब्बे दिनों की न्यूनतम अवधि');
    expect(text).toContain('विनियम 11');
  });

  it('asks the excess back over the operator’s tariff and says it is not a breach of the regulation', () => {
    const text = complaintText(overPolicy, sim, { lang: 'en', showNumber: false, today: '2026-04-10' });
    expect(text).toContain('I ask you to refund ₹5 to my account.');
    expect(text).toContain('This is not a breach of the regulation');
  });

  it('says so when the finding is only possible', () => {
    expect(complaintText({ ...early, certainty: 'possible' }, sim, { lang: 'en', showNumber: false, today: '2026-03-10' })).toContain('Note: Possible');
  });
});

describe('complaintCentreOf', () => {
  it('is 198 for a listed operator, and words for another', () => {
    expect(complaintCentreOf('bsnl', 'en')).toBe('198');
    expect(complaintCentreOf('other', 'en')).toBe('its customer care number');
  });
});

describe('complaintFileName', () => {
  it('names the file by the finding and its date', () => expect(complaintFileName(early)).toBe('complaint-deactivated-early-2026-03-05.txt'));
});
