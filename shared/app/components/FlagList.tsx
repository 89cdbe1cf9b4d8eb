/** Breaches of a regulation worth the user's attention, each in the user's language from its code. */
import { describeFlag } from '../../i18n/describe-flag';
import type { Flag } from '../../rules/types';
import { useApp } from '../state/app-context';

export function FlagList(props: { flags: Flag[] }) {
  const { t, lang, today } = useApp();
  if (props.flags.length === 0) return null;
  return (
    <section class="card card--warning" aria-labelledby="checks">
      <h2 id="checks"><span aria-hidden="true">⚠ </span>{t('sim.checks')}</h2>
      <ul>{props.flags.map((flag, i) => <li key={i}>{describeFlag(flag, lang, { today })}</li>)}</ul>
    </section>
  );
}
