/** The rules a SIM is tracked under: which preset, changed or not, its source, and each value. */
import type { SimRecord } from '../../db';
import { formatMoney } from '../../i18n';
import { describePresetSource } from '../../i18n/describe-preset-source';
import { isPresetPolicy } from '../forms/sim-form';
import { useApp } from '../state/app-context';

export function PolicySummary(props: { sim: SimRecord }) {
  const { t, lang } = useApp();
  const { sim } = props;
  const p = sim.policy;
  const operator = t(`operator.${sim.operator}`);
  const days = (n: number | null) => (n === null ? '—' : `${n} ${t('form.days')}`);
  const rows: [string, string, boolean?][] = [
    [t('policy.nonUsageDays'), days(p.nonUsageDays)],
    [t('policy.anrCharge'), formatMoney(p.anrCharge, lang)],
    [t('policy.anrThreshold'), formatMoney(p.anrThreshold, lang)],
    [t('policy.graceDays'), days(p.graceDays)],
    [t('policy.reactivationFee'), formatMoney(p.reactivationFee, lang)],
  ];
  if (sim.connection === 'postpaid') rows.push([t('policy.safeCustodyCharge'), formatMoney(p.safeCustodyCharge, lang)]);
  if (sim.connection === 'prepaid') {
    rows.push([t('policy.incomingGraceDays'), days(p.incomingGraceDays), true]);
    if (p.suspensionDays !== null) rows.push([t('policy.suspensionDays'), days(p.suspensionDays), true]);
  }
  return (
    <section class="card" aria-labelledby="policy">
      <h2 id="policy">{t('sim.policy')}</h2>
      <p><strong>{isPresetPolicy(sim.operator, p) ? t('sim.policyFromPreset', { operator }) : t('sim.policyChanged', { operator })}</strong></p>
      <p class="source">{t('simForm.policySource')} {describePresetSource(sim.operator, lang)}</p>
      <dl class="facts facts--small">
        {rows.map(([term, value, plan]) => (
          <div class="facts__row" key={term}>
            <dt>{term}{plan && <> <span class="clock-tag clock-tag--plan">{t('bound.plan')}</span></>}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
