/** Language and theme, applied at once (the <html> lang and data-theme follow). */
import type { Language, Theme } from '../../db';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { useApp } from '../state/app-context';

/** Each language named in itself, as language pickers do. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', hi: 'हिंदी' };

export function LanguageTheme() {
  const app = useApp();
  const { t, settings } = app;
  return (
    <section class="card" aria-labelledby="general">
      <h2 id="general">{t('settings.general')}</h2>
      <fieldset class="choices choices--inline">
        <legend>{t('settings.language')}</legend>
        {(['en', 'hi'] as Language[]).map((lang) => (
          <label class="choice" key={lang}>
            <input type="radio" name="language" value={lang} checked={settings.language === lang}
              onChange={() => void app.setSetting('language', lang)} />
            <span lang={lang}>{LANGUAGE_NAMES[lang]}</span>
          </label>
        ))}
      </fieldset>
      <ChoiceGroup<Theme> name="theme" legend={t('settings.theme')} value={settings.theme} inline
        options={(['system', 'light', 'dark'] as Theme[]).map((theme) => ({ value: theme, label: t(`theme.${theme}`) }))}
        onChange={(theme) => void app.setSetting('theme', theme)} />
    </section>
  );
}
