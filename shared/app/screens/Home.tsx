/** Home: one card per SIM, most urgent first; or, with none yet, how to start. */
import { useLayoutEffect } from 'preact/hooks';
import { SimCard } from '../../ui/SimCard';
import { hrefOf, navigate } from '../router';
import { useApp } from '../state/app-context';
import { Screen } from '../components/Screen';
import { backupDue } from '../../reminders/backup-due';

/** The writes come with the store's code, after the first load (AppProvider.tsx): a tap fetches them if need be. */
const actions = () => import('../actions');

function EmptyState() {
  const app = useApp();
  const { t } = app;
  return (
    <section class="empty card">
      <h2>{t('home.emptyTitle')}</h2>
      <p>{t('home.emptyBody')}</p>
      <div class="button-row">
        <a class="button button--primary" href="#/add">{t('home.add')}</a>
        <button type="button" class="button" onClick={() => void actions().then((a) => a.trySampleData(app))}>{t('home.sample')}</button>
      </div>
    </section>
  );
}

function BackupNudge() {
  const { settings, sims, today, t } = useApp();
  const nudge = backupDue(settings, sims.length, today);
  if (!nudge) return null;
  return (
    <aside class="notice">
      <p>{nudge.days === null ? t('home.backupNever') : t('home.backupDue', { days: nudge.days })}</p>
      <a class="button button--small" href="#/settings">{t('home.backupNow')}</a>
    </aside>
  );
}

/** Set once the first cards of this page load are in the document (`npm run bench`: home-first-render). */
let firstRenderMarked = false;

export function Home() {
  const app = useApp();
  const { views, t, lang, today } = app;
  useLayoutEffect(() => {
    if (firstRenderMarked || views.length === 0) return;
    firstRenderMarked = true;
    performance.mark('sim-keeper:home-rendered');
  }, [views]);
  return (
    <Screen title={t('home.title')}
      actions={views.length > 0 && <a class="button button--small" href="#/add"><span aria-hidden="true">+ </span>{t('home.add')}</a>}>
      {views.length === 0 ? <EmptyState /> : (
        <>
          <p class="screen__sub">{t('home.order')}</p>
          <BackupNudge />
          <ul class="sim-list" role="list">
            {views.map(({ sim, projection, risk }) => (
              <li key={sim.id}>
                <SimCard
                  id={sim.id}
                  label={sim.label}
                  number={sim.number}
                  operatorName={t(`operator.${sim.operator}`)}
                  connection={sim.connection}
                  colour={sim.colour}
                  projection={projection}
                  risk={risk}
                  counted={sim.policy.activityKinds}
                  today={today}
                  lang={lang}
                  href={hrefOf({ name: 'sim', simId: sim.id })}
                  logHref={hrefOf({ name: 'log', simId: sim.id, type: 'activity', eventId: null })}
                  onUsed={(kind) => void actions().then((a) => a.logUsedToday(app, sim.id, sim.label, kind))}
                  onLogRecharge={() => navigate({ name: 'log', simId: sim.id, type: 'recharge', eventId: null })}
                />
              </li>
            ))}
          </ul>
          <p><a class="button button--quiet" href={hrefOf({ name: 'sms', simId: null })}><span aria-hidden="true">✉ </span>{t('sms.open')}</a></p>
        </>
      )}
    </Screen>
  );
}
