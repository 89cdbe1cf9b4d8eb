/**
 * A rules flag (a breach, an overcharge, a policy that contradicts itself) as one sentence in
 * English or Hindi. The rules give only a code and numbers (shared/rules/flag-codes.ts); the words
 * are here, under flag.<code>, so every language says the same thing with its own amounts and dates.
 */
import type { IsoDate } from '../rules/dates';
import { FLAG_PARAMS, type Flag } from '../rules/flag-codes';
import { en, type MessageKey } from './en';
import { formatDate, formatMoney, formatRegulation, type Lang } from './format';
import { translate } from './translate';

/** The words of a policy field and of the bound it breaks, when the flag names one we have words for. */
function fieldWords(field: string | undefined, lang: Lang): Record<string, string> {
  const label = `policy.${field}`;
  const bound = `breach.${field}`;
  if (field === undefined || !(label in en) || !(bound in en)) return {};
  return { field: translate(lang, label as MessageKey), bound: translate(lang, bound as MessageKey) };
}

/**
 * The flag in one sentence, with money as formatMoney writes it and the regulation in the reader's
 * language. Pass `today` to add the year to a date in another year, or `withYear` to always add it.
 * @example describeFlag({ code: 'reactivation_overcharged', date: '2026-02-10', regulation: 'reg 14(1)', params: { fee: 4900, maxFee: 2000 } }, 'en')
 *   === 'On 10 Feb reactivation cost ₹49, more than the ₹20 the operator\'s policy charges. The findings say whether that breaks reg 14(1) or only the operator\'s own tariff.'
 */
export function describeFlag(flag: Flag, lang: Lang, dateOptions: { today?: IsoDate; withYear?: boolean } = {}): string {
  const kinds: Readonly<Record<string, string>> = FLAG_PARAMS[flag.code];
  const params: Record<string, string | number> = { regulation: formatRegulation(flag.regulation, lang), ...fieldWords(flag.field, lang) };
  if (flag.date !== undefined) params.date = formatDate(flag.date, lang, dateOptions);
  for (const [name, value] of Object.entries(flag.params) as [string, number][]) {
    params[name] = kinds[name] === 'paise' ? formatMoney(value, lang) : value;
  }
  return translate(lang, `flag.${flag.code}`, params);
}
