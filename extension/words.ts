/**
 * The extension's own words (popup, its part of Settings, the context menu), in English and Hindi.
 * Kept beside the extension rather than in shared/i18n: no other app shows them. The type makes a
 * sentence missing from Hindi an error, as shared/i18n does.
 */
import type { Lang } from '../shared/i18n/format';

const EN = {
  openApp: 'Open SIM Keeper',
  readPage: 'Read this page',
  readPageHint: 'Finds a recharge on the page you are on: on your click only.',
  menuReadPage: 'SIM Keeper: read this page for a recharge',
  emptyTitle: 'No SIMs yet',
  emptyBody: 'Add your SIMs in SIM Keeper, or sync with the SIM Keeper website in this Chrome.',
  addSim: 'Add a SIM',
  deviceTitle: 'Reminders in this Chrome',
  deviceHint: "Reminders ring through Chrome's alarms and notifications, even when no SIM Keeper page is open; Chrome wakes SIM Keeper after sleep and rings anything it missed.",
  notifications: 'Notifications',
  allowed: 'Allowed',
  blocked: "Blocked: allow them in Chrome's settings for SIM Keeper",
  nextReminder: 'Next reminder',
  noReminder: 'None ahead',
  dailyCheck: 'Daily check',
  badge: 'Icon badge',
  badgeHint: 'Counts the SIMs that need attention, coloured by the most urgent',
  syncTitle: 'Sync with the SIM Keeper website',
};

const HI: typeof EN = {
  openApp: 'SIM Keeper खोलें',
  readPage: 'यह पेज पढ़ें',
  readPageHint: 'आप जिस पेज पर हैं, उस पर रिचार्ज ढूँढता है: सिर्फ़ आपके क्लिक पर।',
  menuReadPage: 'SIM Keeper: इस पेज पर रिचार्ज पढ़ें',
  emptyTitle: 'अभी कोई SIM नहीं',
  emptyBody: 'SIM Keeper में अपने SIM जोड़ें, या इसी Chrome में SIM Keeper वेबसाइट से सिंक करें।',
  addSim: 'SIM जोड़ें',
  deviceTitle: 'इस Chrome में रिमाइंडर',
  deviceHint: 'रिमाइंडर Chrome के अलार्म और सूचनाओं से बजते हैं, तब भी जब SIM Keeper का कोई पेज खुला न हो; स्लीप के बाद Chrome SIM Keeper को जगाता है और छूटे रिमाइंडर दिखाता है।',
  notifications: 'सूचनाएँ',
  allowed: 'अनुमति है',
  blocked: 'बंद हैं: Chrome की सेटिंग में SIM Keeper के लिए चालू करें',
  nextReminder: 'अगला रिमाइंडर',
  noReminder: 'आगे कोई नहीं',
  dailyCheck: 'रोज़ की जाँच',
  badge: 'आइकन बैज',
  badgeHint: 'ध्यान माँगने वाले SIM गिनता है, सबसे ज़रूरी के रंग में',
  syncTitle: 'SIM Keeper वेबसाइट से सिंक',
};

export type WordKey = keyof typeof EN;

export function word(lang: Lang, key: WordKey): string {
  return (lang === 'hi' ? HI : EN)[key];
}
