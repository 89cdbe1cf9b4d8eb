/**
 * The complaint for one finding, as plain text in English or Hindi: addressed first to the
 * operator's complaint centre and then, if unresolved, to its appellate authority (the path TRAI's
 * Telecom Consumers Complaint Redressal Regulations, 2012 set), with the number (whole or masked, as
 * the user chooses), the dates and amounts, the regulation quoted in its own words, and what is asked.
 * Pure: the screen copies, shares, saves or prints what this returns.
 */
import type { IsoDate } from '../../rules/dates';
import type { Connection } from '../../rules/types';
import type { Finding } from '../../rules/findings/finding-codes';
import type { Operator } from '../../db/types';
import { formatDate, formatMoney, formatRegulation, maskNumber, type Lang } from '../../i18n/format';
import { translate } from '../../i18n/translate';
import { describeCertainty, describeFinding, findingTitle, lawText } from '../../i18n/describe-finding';

/**
 * The complaint centre's number: 198, the toll-free short code every mobile operator keeps for
 * complaints under the Complaint Redressal Regulations; unknown for an operator we do not list.
 */
export function complaintCentreOf(operator: Operator, lang: Lang): string {
  return operator === 'other' ? translate(lang, 'complaint.careUnknown') : '198';
}

export interface ComplaintSim {
  label: string;
  number: string;
  operator: Operator;
  connection: Connection;
}

export interface ComplaintOptions {
  lang: Lang;
  /** Whether the whole number is written; otherwise only its last four digits. */
  showNumber: boolean;
  /** The day the complaint is written. */
  today: IsoDate;
}

/**
 * The complaint, one paragraph a line, ready to copy, share, save or print.
 * @example complaintText(finding, { label: 'Jio', number: '9876543210', operator: 'jio', connection: 'prepaid' }, { lang: 'en', showNumber: false, today: '2026-03-10' })
 *   // 'To: the Complaint Centre, Jio (198)\n…\nSubject: Deactivated too early, mobile number •••• 3210\n…'
 */
export function complaintText(finding: Finding, sim: ComplaintSim, options: ComplaintOptions): string {
  const { lang } = options;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const number = options.showNumber ? sim.number : maskNumber(sim.number);
  const operator = t(`operator.${sim.operator}`);
  const dated = { withYear: true };
  const law = lawText(finding.regulation, lang);
  const source = t('law.source', { regulation: formatRegulation(finding.regulation, lang) });
  const asks: string[] = [];
  if (finding.refund > 0) asks.push(t('complaint.ask.refund', { refund: formatMoney(finding.refund, lang) }));
  if (finding.restore) asks.push(t('complaint.ask.restore', { number }));
  if (finding.code === 'anr_sms_missing') asks.push(t('complaint.ask.sms'));
  const lines = [
    t('complaint.to.centre', { operator, care: complaintCentreOf(sim.operator, lang) }),
    t('complaint.to.appellate', { operator }),
    '',
    t('complaint.date', { date: formatDate(options.today, lang, dated) }),
    t('complaint.subject', { title: findingTitle(finding, lang), number }),
    '',
    t('complaint.greeting'),
    '',
    t(sim.connection === 'prepaid' ? 'complaint.facts' : 'complaint.factsPostpaid', { number, body: describeFinding(finding, lang, dated) }),
    ...(finding.certainty === 'possible' ? [t('complaint.possible', { certainty: describeCertainty(finding, lang) })] : []),
    '',
    law === null ? source : t('complaint.quote', { law, source }),
    ...(finding.breach ? [] : [t('finding.notBreach')]),
    '',
    ...asks,
    t('complaint.docket'),
    '',
    t('complaint.closing'),
    '',
  ];
  return lines.join('\n');
}

/** The file name for the saved complaint: 'complaint-2026-03-10.txt'. */
export function complaintFileName(finding: Finding): string {
  return `complaint-${finding.code.replace(/_/g, '-')}-${finding.date}.txt`;
}
