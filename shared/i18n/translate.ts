/**
 * Looking up a message and filling its {placeholders}, in the languages loaded so far.
 *
 * English is always loaded: it is the fallback and the frame shown before the store answers.
 * Every other language is a separate chunk, loaded by loadLanguage() before the first render that
 * needs it, so that a user downloads only the words of their own language.
 */
import { en, type MessageKey, type Messages } from './en';
import type { Lang } from './format';

/** How to fetch each language but English. A Record, so a new Lang does not compile without one. */
const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<Messages>>> = {
  hi: () => import('./hi').then((module) => module.hi),
};

const loaded: Partial<Record<Lang, Messages>> = { en };

/**
 * Makes `lang`'s messages available to translate(). Await it before rendering (or writing a
 * notification) in that language; until then translate() answers in English.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' || loaded[lang]) return;
  loaded[lang] = await LOADERS[lang]();
}

/**
 * Makes `lang`'s messages available at once, for a context that cannot fetch a chunk: a Chrome
 * extension's service worker may not call import() (the HTML spec forbids it in service workers),
 * so the extension's background bundles Hindi and hands it over here. Pages keep loadLanguage.
 */
export function provideLanguage(lang: Exclude<Lang, 'en'>, messages: Messages): void {
  loaded[lang] = messages;
}

/** Whether translate() has `lang`'s own words yet. */
export function isLanguageLoaded(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

export type Params = Readonly<Record<string, string | number>>;
/** A translator bound to one language: t('home.title'), t('sim.daysLeft', { n: 3 }). */
export type T = (key: MessageKey, params?: Params) => string;

/**
 * The message for `key` in `lang` with each {name} replaced by params[name]; English while `lang`
 * is not loaded. An unknown placeholder is left as written, so a missing parameter shows rather
 * than vanishes.
 * @example translate('en', 'reminder.when.days', { n: 3 }) === 'in 3 days'
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = loaded[lang]?.[key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: Lang): T {
  return (key, params) => translate(lang, key, params);
}
