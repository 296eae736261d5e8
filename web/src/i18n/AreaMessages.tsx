// An area's own catalogues (web/src/<area>/i18n/id.json and en.json) on top of the app's: each area of the app
// (the administrators' screens, for instance) loads its texts with its code, so an employee's phone never
// downloads them.
import type { ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { type Locale, useLocale } from './locale';

export function AreaMessages({
  catalogues,
  children,
}: {
  catalogues: Record<Locale, Record<string, string>>;
  children: ReactNode;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  return (
    <IntlProvider
      locale={intl.locale}
      timeZone={intl.timeZone}
      defaultLocale={intl.defaultLocale}
      // Both are strings here and parsed messages in the build (the catalogues are precompiled alike).
      messages={{ ...(intl.messages as Record<string, string>), ...catalogues[locale] }}
    >
      {children}
    </IntlProvider>
  );
}
