/**
 * The extension's own words (popup, its part of Settings, the context menu): the keys 'ext.*' of
 * shared/i18n, where every string lives in English and Hindi (and the Hindi glossary holds them too).
 */
import type { Lang } from '../shared/i18n/format';
import { translate, type Params } from '../shared/i18n/translate';
import type { MessageKey } from '../shared/i18n/en';

type Prefixed = Extract<MessageKey, `ext.${string}`>;
export type WordKey = Prefixed extends `ext.${infer Key}` ? Key : never;

export function word(lang: Lang, key: WordKey, params?: Params): string {
  return translate(lang, `ext.${key}`, params);
}
