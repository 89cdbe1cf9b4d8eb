/** Entry point of the popup (popup.html): the store, the toasts, and the popup's cards. */
import './popup.css';
import { render } from 'preact';
import { AppProvider } from '../../shared/app/state/AppProvider';
import { useToasts } from '../../shared/app/state/toasts';
import { Toasts } from '../../shared/app/components/Toasts';
import { translator } from '../../shared/i18n';
import { Popup } from './Popup';
import { askBackground, REFRESH } from '../platform/page-messages';

function Root() {
  const { toasts, show, dismiss } = useToasts();
  return (
    <AppProvider toast={show}>
      {(state, error) => {
        const t = state?.t ?? translator('en');
        return (
          <>
            {error ? <p class="notice notice--error" role="alert">{t('app.storageError')}</p>
              : state ? <Popup /> : <p class="loading">{t('app.loading')}</p>}
            <Toasts toasts={toasts} t={t} onDismiss={dismiss} />
          </>
        );
      }}
    </AppProvider>
  );
}

// Opening the popup wakes the background to bring the badge and alarms up to date.
void askBackground({ kind: REFRESH });

render(<Root />, document.getElementById('popup')!);
