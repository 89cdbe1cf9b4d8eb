/**
 * The words of the sync status, shown by both apps' device panels (the PWA's Settings and the
 * extension's). Kept beside the sync rather than in shared/i18n: they belong to this one feature,
 * and both languages are checked by the type below, as shared/i18n checks its own.
 */
import type { Lang } from '../i18n/format';
import { localeOf } from '../i18n/format';

const EN = {
  title: 'SIM Keeper extension for Chrome',
  pwaTitle: 'SIM Keeper app (this website)',
  checking: 'Looking for it…',
  absent: 'Not found in this browser. Install it to log recharges from recharge pages and get reminders on time; the backup file moves data where it cannot sync.',
  connected: 'Connected: the two keep the same SIMs and history.',
  failed: 'Found, but the last sync failed: {error}',
  lastSynced: 'Last synced {when}',
  never: 'Not synced yet: open the SIM Keeper website in this Chrome.',
  syncNow: 'Sync now',
};

const HI: typeof EN = {
  title: 'Chrome के लिए SIM Keeper एक्सटेंशन',
  pwaTitle: 'SIM Keeper ऐप (यह वेबसाइट)',
  checking: 'खोज रहे हैं…',
  absent: 'इस ब्राउज़र में नहीं मिला। रिचार्ज पेज से रिचार्ज दर्ज करने और समय पर रिमाइंडर के लिए इसे इंस्टॉल करें; जहाँ सिंक न हो, वहाँ बैकअप फ़ाइल से डेटा ले जाएँ।',
  connected: 'जुड़ा हुआ है: दोनों में वही SIM और इतिहास रहता है।',
  failed: 'मिला, पर पिछला सिंक नहीं हो पाया: {error}',
  lastSynced: 'पिछला सिंक {when}',
  never: 'अभी सिंक नहीं हुआ: इसी Chrome में SIM Keeper वेबसाइट खोलें।',
  syncNow: 'अभी सिंक करें',
};

export type SyncWordKey = keyof typeof EN;

/** One of the sync's sentences in `lang`, with {params} filled in. */
export function syncWord(lang: Lang, key: SyncWordKey, params: Record<string, string> = {}): string {
  const text = (lang === 'hi' ? HI : EN)[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** When the last sync happened, as a short local date and time. */
export function syncTime(lang: Lang, timestamp: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(timestamp));
}
