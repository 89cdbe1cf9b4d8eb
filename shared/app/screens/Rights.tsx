/**
 * The rights page (issue 10): regs 11-15 in plain words, filled in with this SIM's own dates and
 * amounts ("your Jio SIM: last use 2 Jan; the operator may deduct ₹20 from 2 Apr"), each with the
 * regulation's own text to open, and this SIM's findings linking to their complaints.
 */
import type { ComponentChildren } from 'preact';
import { formatDate, formatMoney, formatRegulation } from '../../i18n/format';
import { findingTitle, lawText } from '../../i18n/describe-finding';
import { hrefOf } from '../router';
import { useApp } from '../state/app-context';
import { Screen } from '../components/Screen';
import { viewFindings } from '../complaint/view-findings';
import { NotFound } from './NotFound';

function Regulation(props: { id: string; head: string; regulations: string[]; children: ComponentChildren }) {
  const { t, lang } = useApp();
  return (
    <section class="card rights__reg" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.head}</h2>
      {props.children}
      {props.regulations.map((regulation) => {
        const law = lawText(regulation, lang);
        return law && (
          <details key={regulation} class="rights__law">
            <summary>{t('rights.lawWords', { regulation: formatRegulation(regulation, lang) })}</summary>
            <blockquote>{law}</blockquote>
          </details>
        );
      })}
    </section>
  );
}

export function Rights(props: { simId: string }) {
  const { t, lang, today, views } = useApp();
  const view = views.find((v) => v.sim.id === props.simId);
  if (!view) return <NotFound message={t('notFound.sim')} />;
  const { sim, projection } = view;
  const { policy } = sim;
  const date = (d: string) => formatDate(d, lang, { today });
  const money = (p: number) => formatMoney(p, lang);
  const findings = viewFindings(view, today);
  const back = { href: hrefOf({ name: 'sim', simId: sim.id }), label: sim.label };
  return (
    <Screen title={t('rights.title')} back={back} class="rights">
      <p>{t('rights.intro')}</p>
      {projection.connection === 'prepaid' ? (
        <>
          <Regulation id="r11" head={t('rights.r11.head')} regulations={['reg 11']}>
            <p>{t('rights.r11.body', { days: policy.nonUsageDays, label: sim.label, lastActivity: date(projection.lastActivity), periodEnds: date(projection.nonUsageEnds) })}</p>
          </Regulation>
          <Regulation id="r12" head={t('rights.r12.head')} regulations={['reg 12(1)', 'reg 12(1) proviso', 'reg 12(2)']}>
            <p>{t('rights.r12.body', {
              threshold: money(policy.anrThreshold), charge: money(policy.anrCharge), extension: policy.anrExtensionDays,
              label: sim.label, balance: money(projection.balance), periodEnds: date(projection.nonUsageEnds),
            })}</p>
            <p>{t('rights.r12.use', { days: policy.nonUsageDays })}</p>
          </Regulation>
        </>
      ) : (
        <Regulation id="r13" head={t('rights.r13.head')} regulations={['reg 13(2)']}>
          <p>{t('rights.r13.body')}</p>
        </Regulation>
      )}
      <Regulation id="r14" head={t('rights.r14.head')} regulations={['reg 14(1)']}>
        <p>{t('rights.r14.body', { grace: policy.graceDays, fee: money(policy.reactivationFee) })}</p>
        {projection.connection === 'prepaid' && projection.deactivation && projection.graceEnds && (
          <p>{t(projection.deactivationObserved ? 'rights.r14.done' : 'rights.r14.yours', { label: sim.label, deactivation: date(projection.deactivation), graceEnds: date(projection.graceEnds) })}</p>
        )}
      </Regulation>
      {projection.connection === 'prepaid' && (
        <Regulation id="r15" head={t('rights.r15.head')} regulations={['reg 15(3)']}>
          <p>{t('rights.r15.body')}</p>
        </Regulation>
      )}
      <section class="card" aria-labelledby="rights-findings">
        <h2 id="rights-findings">{t('rights.findings')}</h2>
        {findings.length === 0 ? <p>{t('rights.noFindings')}</p> : (
          <ul>
            {findings.map((f) => (
              <li key={`${f.code}:${f.date}`}>
                <a href={hrefOf({ name: 'complaint', simId: sim.id, code: f.code, date: f.date })}>{findingTitle(f, lang)} · {date(f.date)}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Screen>
  );
}
