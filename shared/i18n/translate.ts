/** Looking up a message and filling its {placeholders}. */
import { en, type MessageKey, type Messages } from './en';
import { hi } from './hi';
import type { Lang } from './format';

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, hi };

export type Params = Readonly<Record<string, string | number>>;
/** A translator bound to one language: t('home.title'), t('sim.daysLeft', { n: 3 }). */
export type T = (key: MessageKey, params?: Params) => string;

/**
 * The message for `key` in `lang` with each {name} replaced by params[name].
 * An unknown placeholder is left as written, so a missing parameter shows rather than vanishes.
 * @example translate('en', 'reminder.when.days', { n: 3 }) === 'in 3 days'
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = MESSAGES[lang][key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: Lang): T {
  return (key, params) => translate(lang, key, params);
}
