/**
 * The app icon's shortcuts ("I used a SIM", "Log a recharge"): pick the SIM, then the usual form.
 * With one SIM there is nothing to pick.
 */
import { useEffect } from 'preact/hooks';
import { hrefOf, navigate } from '../router';
import { useApp } from '../state/app-context';
import { Screen } from '../components/Screen';
import { maskNumber } from '../../i18n';

export function QuickPick(props: { action: 'used' | 'recharge' }) {
  const { views, t } = useApp();
  const type = props.action === 'used' ? 'activity' : 'recharge';
  const only = views.length === 1 ? views[0]!.sim.id : null;
  useEffect(() => {
    if (only) navigate({ name: 'log', simId: only, type, eventId: null }, { replace: true });
  }, [only, type]);
  return (
    <Screen title={props.action === 'used' ? t('card.usedToday') : t('card.logRecharge')} back={{ href: '#/', label: t('nav.home') }}>
      {views.length === 0 && (
        <>
          <p>{t('quick.none')}</p>
          <a class="button button--primary" href="#/add">{t('home.add')}</a>
        </>
      )}
      <ul class="pick-list" role="list">
        {views.map(({ sim }) => (
          <li key={sim.id}>
            <a class="button button--large pick" style={{ '--sim-colour': sim.colour }} href={hrefOf({ name: 'log', simId: sim.id, type, eventId: null })}>
              <span class="sim-dot" aria-hidden="true" />{sim.label} <span class="pick__number">{maskNumber(sim.number)}</span>
            </a>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
