// The person's language: Bahasa Indonesia by default, English on request, remembered in this browser; <html lang>
// follows. Messages are ICU (react-intl) from one catalogue per language.
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import en from './en.json';
import id from './id.json';

export type Locale = 'id' | 'en';
export const CATALOGUES: Record<Locale, Record<string, string>> = { id, en };
const STORAGE_KEY = 'packmeal.locale';

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'id' ? stored : 'id';
}

interface LocaleContextValue {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: 'id', setLocale: () => undefined });

export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext);
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider
        locale={locale === 'id' ? 'id-ID' : 'en-GB'}
        messages={CATALOGUES[locale]}
        defaultLocale="id-ID"
        timeZone={appTimeZone()}
      >
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

/** The canteen's time zone (APP_TIMEZONE), which the server writes into the page. */
export function appTimeZone(): string | undefined {
  const zone = document.querySelector<HTMLMetaElement>('meta[name="app-timezone"]')?.content;
  return zone && !zone.startsWith('__') ? zone : undefined;
}

/** Today's business date (YYYY-MM-DD) in APP_TIMEZONE, whatever the device's own zone. */
export function businessDate(offsetDays = 0, now = new Date()): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: appTimeZone() }).format(now);
  if (!offsetDays) return today;
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
}
