/**
 * "Reminders on this device": what this browser will actually do, in plain words, with a button
 * to allow notifications, and the calendar file, which works everywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { platformSupport, requestNotificationPermission, type PlatformSupport } from '../platform/support';
import { exportCalendar } from '../../shared/app/calendar-export';
import { useApp } from '../../shared/app/state/app-context';
import { reportFailure } from '../../shared/app/actions';

export function DeviceReminders() {
  const app = useApp();
  const { t } = app;
  const [support, setSupport] = useState<PlatformSupport | null>(null);
  useEffect(() => {
    let live = true;
    void platformSupport().then((s) => live && setSupport(s));
    return () => { live = false; };
  }, []);

  const allow = async () => {
    const result = await requestNotificationPermission();
    setSupport((s) => (s ? { ...s, notifications: result } : s));
  };
  const calendar = async () => {
    try {
      await exportCalendar(app.db, app.today);
    } catch (error) {
      reportFailure(app, error);
    }
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
          <div class="facts__row">
            <dt>{t('settings.calendar')}</dt>
            <dd>{t('settings.calendarHint')}</dd>
          </div>
        </dl>
      )}
      {app.sims.length === 0
        ? <p class="field__hint">{t('settings.calendarEmpty')}</p>
        : <button type="button" class="button" onClick={() => void calendar()}>{t('settings.addCalendar')}</button>}
    </section>
  );
}
