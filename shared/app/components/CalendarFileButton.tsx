/**
 * "Add everything to the calendar (.ics)": the one reminder that rings on every device, offered in
 * each host's own reminders panel (the PWA's and the extension's), or a hint when there is nothing
 * to add yet.
 */
import { exportCalendar } from '../calendar-export';
import { reportFailure } from '../actions';
import { useApp } from '../state/app-context';

export function CalendarFileButton() {
  const app = useApp();
  const { t } = app;
  const calendar = async () => {
    try {
      await exportCalendar(await app.db(), app.today);
    } catch (error) {
      reportFailure(app, error);
    }
  };
  return app.sims.length === 0
    ? <p class="field__hint">{t('settings.calendarEmpty')}</p>
    : <button type="button" class="button" onClick={() => void calendar()}>{t('settings.addCalendar')}</button>;
}
