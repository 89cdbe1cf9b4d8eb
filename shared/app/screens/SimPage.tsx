/** One SIM: where it stands, its timeline, what is coming, its history and the rules it runs under. */
import { RiskBadge } from '../../ui/RiskBadge';
import { DaysLeft } from '../../ui/DaysLeft';
import { Timeline } from '../../ui/Timeline';
import { UsedToday } from '../../ui/UsedToday';
import { describeState } from '../../i18n/describe-state';
import { hrefOf } from '../router';
import { useApp } from '../state/app-context';
import { Screen } from '../components/Screen';
import { ComingUp } from '../components/ComingUp';
import { SimFacts } from '../components/SimFacts';
import { HistoryList } from '../components/HistoryList';
import { PolicySummary } from '../components/PolicySummary';
import { FlagList } from '../components/FlagList';
import { flagsToShow } from '../../views/flags-to-show';
import { FindingsCard } from '../components/FindingsCard';
import { ClosureCard } from '../components/ClosureCard';
import { viewFindings } from '../complaint/view-findings';
import { NotFound } from './NotFound';
import { logUsedToday } from '../actions';

export function SimPage(props: { simId: string }) {
  const app = useApp();
  const { t, lang, today } = app;
  const view = app.views.find((v) => v.sim.id === props.simId);
  if (!view) return <NotFound message={t('notFound.sim')} />;
  const { sim, projection, risk, deadlines, events } = view;
  const back = { href: '#/', label: t('nav.home') };
  const info = describeState(projection, sim.policy, lang);
  const closure = projection.closure;
  return (
    <Screen title={sim.label} back={back} class="sim-page"
      actions={<a class="button button--small" href={hrefOf({ name: 'edit', simId: sim.id })}>{t('sim.edit')}</a>}>
      <section class={`card status status--${risk.level}`} style={{ '--sim-colour': sim.colour }} aria-labelledby="status">
        <div class="status__head">
          <h2 id="status">{t('sim.now')}</h2>
          <RiskBadge state={projection.state} lang={lang} />
        </div>
        {info !== null && <p class="status__info">{info}</p>}
        {/* Once the operator closed (closure.ts) nothing keeps the number: no countdown, no "I used it". */}
        {!closure && <DaysLeft risk={risk} today={today} lang={lang} inAnr={projection.connection === 'prepaid' && projection.state === 'anr'} />}
        <div class="button-row">
          {!closure && <UsedToday id={`page-${sim.id}`} lang={lang} counted={sim.policy.activityKinds}
            onUsed={(kind) => void logUsedToday(app, sim.id, sim.label, kind)}
            somethingElseHref={hrefOf({ name: 'log', simId: sim.id, type: 'activity', eventId: null })} />}
          {!closure && sim.connection === 'prepaid' && (
            <a class="button" href={hrefOf({ name: 'log', simId: sim.id, type: 'recharge', eventId: null })}>
              <span aria-hidden="true">₹ </span>{t('card.logRecharge')}
            </a>
          )}
          <a class="button" href={hrefOf({ name: 'log', simId: sim.id, type: null, eventId: null })}>
            <span aria-hidden="true">+ </span>{t('sim.log')}
          </a>
          <a class="button" href={hrefOf({ name: 'sms', simId: sim.id })}>
            <span aria-hidden="true">✉ </span>{t('sms.open')}
          </a>
        </div>
      </section>
      {closure && <ClosureCard simId={sim.id} label={sim.label} closure={closure} />}
      <section class="card" aria-labelledby="timeline">
        <h2 id="timeline">{t('sim.timeline')}</h2>
        {!closure && <Timeline projection={projection} label={sim.label} lang={lang} />}
        <SimFacts sim={sim} projection={projection} />
        {projection.connection === 'postpaid' && projection.safeCustody && <p class="source">{t('sim.restoration')}</p>}
      </section>
      <FlagList flags={flagsToShow(projection.flags)} />
      <FindingsCard simId={sim.id} findings={viewFindings(view, today)} />
      <ComingUp simId={sim.id} deadlines={deadlines} />
      <p class="rights-link"><a href={hrefOf({ name: 'rights', simId: sim.id })}><span aria-hidden="true">⚖ </span>{t('finding.rights')}</a></p>
      {!closure && <p class="rights-link"><a href={hrefOf({ name: 'closed', simId: sim.id })}>{t('sim.operatorClosed')}</a></p>}
      <HistoryList simId={sim.id} events={events} />
      <PolicySummary sim={sim} />
    </Screen>
  );
}
