/** First run: the rules in plain words, then a start with sample data or the user's own SIM. */
import { navigate } from '../router';
import { useApp } from '../state/app-context';
import { Screen } from '../components/Screen';

/** The writes come with the store's code, after the first load (AppProvider.tsx). */
const actions = () => import('../actions');

export function Welcome() {
  const app = useApp();
  const { t, lang } = app;
  const start = async () => {
    try {
      await app.setSetting('onboarded', true);
      navigate({ name: 'add' });
    } catch (error) {
      (await actions()).reportFailure(app, error);
    }
  };
  return (
    <Screen title={t('welcome.title')} class="welcome"
      actions={
        <button type="button" class="button button--small button--quiet" lang={lang === 'en' ? 'hi' : 'en'}
          onClick={() => void app.setSetting('language', lang === 'en' ? 'hi' : 'en')}>
          {t('welcome.otherLanguage')}
        </button>
      }>
      <p class="lead">{t('welcome.lead')}</p>
      <section class="card" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('welcome.rulesTitle')}</h2>
        <ol class="rules">
          <li>{t('welcome.rule1')}</li>
          <li>{t('welcome.rule2')}</li>
          <li>{t('welcome.rule3')}</li>
          <li>{t('welcome.rule4')}</li>
          <li>{t('welcome.rule5')}</li>
        </ol>
      </section>
      <p class="private">{t('welcome.private')}</p>
      <div class="button-row button-row--stack">
        <button type="button" class="button button--primary button--large" onClick={() => void start()}>{t('welcome.addFirst')}</button>
        <button type="button" class="button button--large" onClick={() => void actions().then((a) => a.trySampleData(app))}>{t('welcome.sample')}</button>
      </div>
    </Screen>
  );
}
