/** Settings: language and theme, reminders, what this device can do, backup, storage, about. */
import { navigate } from '../router';
import { useApp } from '../state/app-context';
import { Screen } from '../components/Screen';
import { LanguageTheme } from '../components/LanguageTheme';
import { LeadDays } from '../components/LeadDays';
import { useHost } from '../host';
import { BackupSection } from '../components/BackupSection';
import { StorageStatus } from '../components/StorageStatus';

export function Settings() {
  const app = useApp();
  const { t } = app;
  const { DeviceSettings } = useHost();
  return (
    <Screen title={t('settings.title')} back={{ href: '#/', label: t('nav.home') }}>
      <LanguageTheme />
      <LeadDays />
      {DeviceSettings && <DeviceSettings />}
      <BackupSection />
      <StorageStatus />
      <section class="card" aria-labelledby="about">
        <h2 id="about">{t('settings.about')}</h2>
        <p>{t('settings.aboutBody')}</p>
        <button type="button" class="button button--quiet" onClick={() => navigate({ name: 'welcome' })}>{t('settings.showIntro')}</button>
      </section>
    </Screen>
  );
}
