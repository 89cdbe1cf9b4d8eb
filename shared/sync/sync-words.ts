/**
 * The words of the sync status, shown by both apps' device panels (the PWA's Settings and the
 * extension's): the keys 'sync.*' of shared/i18n, in English and Hindi.
 */
import type { Lang } from '../i18n/format';
import { localeOf } from '../i18n/format';
import { translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/en';

type Prefixed = Extract<MessageKey, `sync.${string}`>;
export type SyncWordKey = Prefixed extends `sync.${infer Key}` ? Key : never;

/** One of the sync's sentences in `lang`, with {params} filled in. */
export function syncWord(lang: Lang, key: SyncWordKey, params: Record<string, string> = {}): string {
  return translate(lang, `sync.${key}`, params);
}

/** When the last sync happened, as a short local date and time. */
export function syncTime(lang: Lang, timestamp: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(timestamp));
}
