/** A route that leads nowhere, or to a SIM or entry that is gone. */
import { useApp } from '../state/app-context';
import { Screen } from '../components/Screen';

export function NotFound(props: { message?: string }) {
  const { t } = useApp();
  return (
    <Screen title={t('notFound.title')}>
      <p>{props.message ?? t('notFound.body')}</p>
      <a class="button button--primary" href="#/">{t('notFound.home')}</a>
    </Screen>
  );
}
