/** The bar at the top: the app's name (home) and Settings. */
import { useApp } from '../state/app-context';

export function Header(props: { current: string }) {
  const { t } = useApp();
  return (
    <header class="app-header">
      <a class="app-header__name" href="#/" aria-current={props.current === 'home' ? 'page' : undefined}>
        <img src="icons/icon.svg" alt="" width={28} height={28} />
        <span>{t('app.name')}</span>
      </a>
      <nav aria-label={t('nav.main')}>
        <a class="app-header__link" href="#/settings" aria-current={props.current === 'settings' ? 'page' : undefined}>
          <span class="icon" aria-hidden="true">⚙</span>{t('nav.settings')}
        </a>
      </nav>
    </header>
  );
}
