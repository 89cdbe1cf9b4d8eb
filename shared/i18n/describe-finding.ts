/**
 * A finding (shared/rules/findings) in words, English or Hindi: its title, what happened with the
 * user's own dates and amounts, how sure we are, what to ask for, and the regulation's own text.
 * The rules give codes and numbers; the words live here and in en.ts / hi.ts (finding.<code>.*).
 */
import type { IsoDate } from '../rules/dates';
import { FINDING_PARAMS, type Finding } from '../rules/findings/finding-codes';
import { en, type MessageKey } from './en';
import { formatDate, formatMoney, formatRegulation, type Lang } from './format';
import { translate } from './translate';

type DateOptions = { today?: IsoDate; withYear?: boolean };

/** The finding's parameters as words: money by formatMoney, dates by formatDate, the regulation in the reader's language. */
export function findingParams(finding: Finding, lang: Lang, dateOptions: DateOptions = {}): Record<string, string | number> {
  const kinds: Readonly<Record<string, string>> = FINDING_PARAMS[finding.code];
  const params: Record<string, string | number> = {
    regulation: formatRegulation(finding.regulation, lang),
    date: formatDate(finding.date, lang, dateOptions),
    refund: formatMoney(finding.refund, lang),
  };
  for (const [name, value] of Object.entries(finding.params) as [string, string | number][]) {
    const kind = kinds[name];
    params[name] = kind === 'paise' ? formatMoney(value as number, lang) : kind === 'date' ? formatDate(value as string, lang, dateOptions) : value;
  }
  return params;
}

/** The finding's short title: 'Deactivated too early'. */
export function findingTitle(finding: Finding, lang: Lang): string {
  return translate(lang, `finding.${finding.code}.title`);
}

/**
 * What happened, in one sentence with the user's dates and amounts.
 * @example describeFinding({ code: 'anr_over_limit', date: '2026-04-01', regulation: 'reg 12(1) proviso', certainty: 'clear', breach: true, refund: 1000, restore: false, params: { amount: 3000, limit: 2000 } }, 'en')
 *   === 'On 1 Apr the operator deducted ₹30 to keep the number; each deduction may be at most ₹20 (reg 12(1) proviso).'
 */
export function describeFinding(finding: Finding, lang: Lang, dateOptions: DateOptions = {}): string {
  return translate(lang, `finding.${finding.code}.body`, findingParams(finding, lang, dateOptions));
}

/** How sure we are, in words. */
export function describeCertainty(finding: Finding, lang: Lang): string {
  return translate(lang, `finding.certainty.${finding.certainty}`);
}

/** What the user can ask for: the refund, the number restored, or (for a missing SMS) the deduction in writing. */
export function findingAsks(finding: Finding, lang: Lang): string[] {
  const asks: string[] = [];
  if (finding.refund > 0) asks.push(translate(lang, 'finding.ask.refund', { refund: formatMoney(finding.refund, lang) }));
  if (finding.restore) asks.push(translate(lang, 'finding.ask.restore'));
  if (finding.code === 'anr_sms_missing') asks.push(translate(lang, 'finding.ask.sms'));
  return asks;
}

/** The regulation's own words (English text, or the Hindi gazette), or null when we hold none for it. */
export function lawText(regulation: string, lang: Lang): string | null {
  const key = `law.${regulation}`;
  return key in en ? translate(lang, key as MessageKey) : null;
}
