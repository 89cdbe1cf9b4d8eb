/** Every deadline ahead of a SIM, in date order, each in plain words with its clock. */
import { describeDeadline, formatDate, formatRegulation } from '../../i18n';
import type { Deadline } from '../../rules/deadlines';
import { daysLeftText } from '../../ui/DaysLeft';
import { daysBetween } from '../../rules/dates';
import { useApp } from '../state/app-context';
import { exportCalendar } from '../calendar-export';
import { reportFailure } from '../actions';

export function ComingUp(props: { simId: string; deadlines: Deadline[] }) {
  const app = useApp();
  const { t, lang, today } = app;
  const calendar = async () => {
    try {
      await exportCalendar(await app.db(), today, props.simId);
    } catch (error) {
      reportFailure(app, error);
    }
  };
  return (
    <section class="card" aria-labelledby="coming-up">
      <h2 id="coming-up">{t('sim.comingUp')}</h2>
      {props.deadlines.length === 0 ? <p>{t('sim.nothingAhead')}</p> : (
        <ol class="deadlines">
          {props.deadlines.map((d) => (
            <li key={`${d.kind}-${d.date}`} class={`deadline deadline--${d.clock}`}>
              <p class="deadline__when">
                <strong>{formatDate(d.date, lang, { today, weekday: true })}</strong>
                <span> · {daysLeftText(daysBetween(today, d.date), lang)}</span>
              </p>
              <p>{describeDeadline(d, lang, today)}</p>
              <p class={`clock-tag clock-tag--${d.clock}`}>
                {d.clock === 'plan' ? t('card.clockPlan') : t('card.clockTrai', { regulation: formatRegulation(d.regulation ?? '', lang) })}
              </p>
            </li>
          ))}
        </ol>
      )}
      {props.deadlines.length > 0 && (
        <button type="button" class="button" onClick={() => void calendar()}>{t('sim.addCalendar')}</button>
      )}
    </section>
  );
}
