// Switches between Bahasa Indonesia and English; the choice is remembered in this browser.
import { FormattedMessage } from 'react-intl';
import { useLocale } from '../i18n/locale';

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const other = locale === 'id' ? 'en' : 'id';
  return (
    <button
      type="button"
      className="button button--quiet language-switch"
      lang={other}
      onClick={() => setLocale(other)}
      data-testid="language-switch"
    >
      <FormattedMessage id="shell.switchLanguage" />
    </button>
  );
}
