/**
 * The extension's part of Settings ("what this device does with reminders"): reminders ring
 * through Chrome's alarms and notifications, when the next one rings, the badge, the sync with
 * the PWA, and the calendar file, which works everywhere; and the recharge sites where SIM Keeper
 * was told not to ask, each with "Ask again".
 */
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../shared/app/state/app-context';
import { CalendarFileButton } from '../../shared/app/components/CalendarFileButton';
import { syncTime, syncWord } from '../../shared/sync/sync-words';
import { DAILY_ALARM, REMINDER_ALARM } from '../background/schedule';
import { readSyncStatus, type SyncStatus } from '../platform/sync-status';
import { word } from '../words';
import { DismissedSites } from '../platform/DismissedSites';

interface DeviceFacts {
  notifications: string;
  nextReminder: number | null;
  dailyCheck: number | null;
  sync: SyncStatus;
}

async function readFacts(): Promise<DeviceFacts> {
  const [notifications, reminder, daily, sync] = await Promise.all([
    chrome.notifications.getPermissionLevel(), chrome.alarms.get(REMINDER_ALARM), chrome.alarms.get(DAILY_ALARM), readSyncStatus(),
  ]);
  return { notifications, nextReminder: reminder?.scheduledTime ?? null, dailyCheck: daily?.scheduledTime ?? null, sync };
}

export function ExtensionDevice() {
  const app = useApp();
  const { t, lang } = app;
  const [facts, setFacts] = useState<DeviceFacts | null>(null);
  useEffect(() => {
    let live = true;
    void readFacts().then((f) => live && setFacts(f));
    return () => { live = false; };
  }, []);

  const when = (ms: number | null) => (ms === null ? word(lang, 'noReminder') : syncTime(lang, new Date(ms).toISOString()));

  return (
    <>
      <section class="card" aria-labelledby="device">
        <h2 id="device">{word(lang, 'deviceTitle')}</h2>
        <p class="field__hint">{word(lang, 'deviceHint')}</p>
        {facts === null ? <p>{t('storage.checking')}</p> : (
          <dl class="facts facts--stacked">
            <div class="facts__row">
              <dt>{word(lang, 'notifications')}</dt>
              <dd>{facts.notifications === 'granted' ? word(lang, 'allowed') : word(lang, 'blocked')}</dd>
            </div>
            <div class="facts__row"><dt>{word(lang, 'nextReminder')}</dt><dd>{when(facts.nextReminder)}</dd></div>
            <div class="facts__row"><dt>{word(lang, 'dailyCheck')}</dt><dd>{when(facts.dailyCheck)}</dd></div>
            <div class="facts__row"><dt>{word(lang, 'badge')}</dt><dd>{word(lang, 'badgeHint')}</dd></div>
            <div class="facts__row" data-sync-status>
              <dt>{word(lang, 'syncTitle')}</dt>
              <dd>{facts.sync.lastSyncedAt === null ? syncWord(lang, 'never') : syncWord(lang, 'lastSynced', { when: syncTime(lang, facts.sync.lastSyncedAt) })}</dd>
            </div>
            <div class="facts__row">
              <dt>{t('settings.calendar')}</dt>
              <dd>{t('settings.calendarHint')}</dd>
            </div>
          </dl>
        )}
        <CalendarFileButton />
      </section>
      <DismissedSites showWhenEmpty />
    </>
  );
}
