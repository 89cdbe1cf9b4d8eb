/**
 * "Reminders on this device": what this browser will actually do, in plain words, with a button
 * to allow notifications, and the calendar file, which works everywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { platformSupport, requestNotificationPermission, type PlatformSupport } from '../platform/support';
import { CalendarFileButton } from '../../shared/app/components/CalendarFileButton';
import { useApp } from '../../shared/app/state/app-context';
import { syncTime, syncWord } from '../../shared/sync/sync-words';
import { bridgeStatus, onBridgeStatus, syncWithExtension, type BridgeStatus } from '../platform/extension-bridge';

export function DeviceReminders() {
  const app = useApp();
  const { t } = app;
  const [support, setSupport] = useState<PlatformSupport | null>(null);
  const [bridge, setBridge] = useState<BridgeStatus>(bridgeStatus);
  useEffect(() => onBridgeStatus(setBridge), []);
  useEffect(() => {
    let live = true;
    void platformSupport().then((s) => live && setSupport(s));
    return () => { live = false; };
  }, []);

  const allow = async () => {
    const result = await requestNotificationPermission();
    setSupport((s) => (s ? { ...s, notifications: result } : s));
  };
  const syncNow = async () => {
    if ((await syncWithExtension(await app.db(), app.today)) > 0) await app.reload();
  };
  const yesNo = (on: boolean) => (on ? t('settings.yes') : t('settings.no'));

  return (
    <section class="card" aria-labelledby="device">
      <h2 id="device">{t('settings.device')}</h2>
      <p class="field__hint">{t('settings.deviceHint')}</p>
      {support === null ? <p>{t('storage.checking')}</p> : (
        <dl class="facts facts--stacked">
          <div class="facts__row">
            <dt>{t('settings.notifications')}</dt>
            <dd>
              {t(`notif.${support.notifications}`)}
              {support.notifications === 'default' && (
                <button type="button" class="button button--small" onClick={() => void allow()}>{t('settings.allowNotifications')}</button>
              )}
            </dd>
          </div>
          <div class="facts__row">
            <dt>{t('settings.periodicSync')}</dt>
            <dd>{support.periodicSync ? t('settings.periodicYes') : t('settings.periodicNo')}</dd>
          </div>
          <div class="facts__row"><dt>{t('settings.badge')}</dt><dd>{yesNo(support.badge)}</dd></div>
          <div class="facts__row"><dt>{t('settings.installed')}</dt><dd>{yesNo(support.installed)}</dd></div>
          <div class="facts__row" data-extension-sync={bridge.state} data-last-synced={bridge.lastSyncedAt ?? undefined}>
            <dt>{syncWord(app.lang, 'title')}</dt>
            <dd>
              {syncWord(app.lang, bridge.state === 'failed' ? 'failed' : bridge.state, { error: bridge.error ?? '' })}
              {bridge.lastSyncedAt && <> {syncWord(app.lang, 'lastSynced', { when: syncTime(app.lang, bridge.lastSyncedAt) })}</>}
              {bridge.state !== 'absent' && (
                <button type="button" class="button button--small" onClick={() => void syncNow()}>{syncWord(app.lang, 'syncNow')}</button>
              )}
            </dd>
          </div>
          <div class="facts__row">
            <dt>{t('settings.calendar')}</dt>
            <dd>{t('settings.calendarHint')}</dd>
          </div>
        </dl>
      )}
      <CalendarFileButton />
    </section>
  );
}
