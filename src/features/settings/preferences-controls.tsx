import { useId } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { setLanguage, LANGUAGES, type Language } from '../../i18n/i18n';
import { usePreferences, type ThemeChoice } from '../../ui/preferences';

const THEMES: ThemeChoice[] = ['system', 'light', 'dark'];

/** Language and theme pickers; both are remembered in this browser. */
export function PreferencesControls() {
  const { t, language } = useTranslation();
  const id = useId();
  const theme = usePreferences((s) => s.theme);
  const themeChosen = usePreferences((s) => s.themeChosen);
  const languageChosen = usePreferences((s) => s.languageChosen);
  return (
    <div className="preferences">
      <label htmlFor={`${id}-lang`} className="visually-hidden">
        {t('header.language')}
      </label>
      <select
        id={`${id}-lang`}
        value={language}
        onChange={(e) => {
          const language = e.target.value as Language;
          languageChosen(language);
          void setLanguage(language);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-theme`} className="visually-hidden">
        {t('header.theme')}
      </label>
      <select id={`${id}-theme`} value={theme} onChange={(e) => themeChosen(e.target.value as ThemeChoice)}>
        {THEMES.map((th) => (
          <option key={th} value={th}>
            {t(`header.themes.${th}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
