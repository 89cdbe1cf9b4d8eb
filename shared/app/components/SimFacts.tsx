/** The figures behind a SIM's deadlines: last use, end of the period, balance, plan validity. */
import { formatDate, formatMoney } from '../../i18n';
import { formatMobileNumber } from '../../db';
import type { SimRecord } from '../../db';
import type { Projection } from '../../rules/types';
import { useApp } from '../state/app-context';

export function SimFacts(props: { sim: SimRecord; projection: Projection }) {
  const { t, lang, today } = useApp();
  const { sim, projection: p } = props;
  const date = (iso: string) => formatDate(iso, lang, { today });
  const rows: [string, string][] = [
    [t('sim.number'), formatMobileNumber(sim.number)],
    [t('sim.operator'), `${t(`operator.${sim.operator}`)} · ${t(`connection.${sim.connection}`)}${sim.circle ? ` · ${sim.circle}` : ''}`],
    [t('sim.lastUse'), date(p.lastActivity)],
  ];
  if (p.connection === 'prepaid') {
    // After a closure no period runs out: the operator no longer serves the number (closure.ts).
    if (!p.closure) rows.push([t('sim.nonUsageEnds'), date(p.nonUsageEnds)]);
    rows.push([t('sim.balance'), formatMoney(p.balance, lang)]);
    if (p.plan.validityEnds !== null) rows.push([t('sim.validUntil'), date(p.plan.validityEnds)]);
  } else {
    // Reg 13: the monthly rent keeps a postpaid number; custody or advance rent while they run.
    if (!p.closure) rows.push([t('sim.keptBy'), t(`keptBy.${p.protectedBy}`)]);
    if (p.state === 'protected' && p.protectedUntil !== null) rows.push([t('sim.protectedUntil'), date(p.protectedUntil)]);
  }
  return (
    <dl class="facts">
      {rows.map(([term, value]) => (
        <div class="facts__row" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
