/** Breaches of a regulation worth the user's attention, each naming the regulation. */
import { formatDate, formatRegulation } from '../../i18n';
import type { Flag } from '../../rules/types';
import type { MessageKey } from '../../i18n';
import { useApp } from '../state/app-context';

export function FlagList(props: { flags: Flag[] }) {
  const { t, lang, today } = useApp();
  if (props.flags.length === 0) return null;
  const text = (flag: Flag): string => {
    const regulation = formatRegulation(flag.regulation, lang);
    const date = flag.date ? formatDate(flag.date, lang, { today }) : '';
    if (flag.code === 'policy_out_of_bounds' && flag.field) {
      return t('flag.policy', { field: t(`policy.${flag.field}` as MessageKey), bound: t(`breach.${flag.field}` as MessageKey) });
    }
    if (flag.code === 'anr_overcharged') return t('flag.anr_overcharged', { date, regulation });
    if (flag.code === 'reactivation_overcharged') return t('flag.reactivation_overcharged', { date, regulation });
    return t('flag.other', { message: flag.message, regulation });
  };
  return (
    <section class="card card--warning" aria-labelledby="checks">
      <h2 id="checks"><span aria-hidden="true">⚠ </span>{t('sim.checks')}</h2>
      <ul>{props.flags.map((flag, i) => <li key={i}>{text(flag)}</li>)}</ul>
    </section>
  );
}
