/** How many days before each deadline to remind: ticks, largest first. */
import { useApp } from '../state/app-context';

const CHOICES = [30, 14, 7, 3, 2, 1, 0];

export function LeadDays() {
  const app = useApp();
  const { t, settings } = app;
  const choices = [...new Set([...CHOICES, ...settings.leadDays])].sort((a, b) => b - a);
  const label = (n: number) => (n === 0 ? t('lead.zero') : n === 1 ? t('lead.one') : t('lead.days', { n }));
  const toggle = (n: number, on: boolean) => {
    const next = on ? [...settings.leadDays, n] : settings.leadDays.filter((d) => d !== n);
    void app.setSetting('leadDays', [...new Set(next)].sort((a, b) => b - a));
  };
  return (
    <section class="card" aria-labelledby="reminders">
      <h2 id="reminders">{t('settings.reminders')}</h2>
      <fieldset class="choices choices--grid" aria-describedby={settings.leadDays.length === 0 ? 'lead-none' : undefined}>
        <legend>{t('settings.leadDays')}</legend>
        {choices.map((n) => (
          <label class="choice" key={n}>
            <input type="checkbox" checked={settings.leadDays.includes(n)} onChange={(e) => toggle(n, e.currentTarget.checked)} />
            <span>{label(n)}</span>
          </label>
        ))}
      </fieldset>
      {settings.leadDays.length === 0 && <p class="field__warning" id="lead-none">{t('settings.leadNone')}</p>}
      <label class="choice">
        <input type="checkbox" checked={settings.backupReminder} onChange={(e) => void app.setSetting('backupReminder', e.currentTarget.checked)} />
        <span>{t('settings.backupReminder')}</span>
      </label>
    </section>
  );
}
