// The administrators' reports screen (SCREENS.md, Administrator).
import { FormattedMessage } from 'react-intl';
import { AreaMessages } from '../../i18n/AreaMessages';
import en from './i18n/en.json';
import id from './i18n/id.json';

export function Reports() {
  return (
    <AreaMessages catalogues={{ id, en }}>
      <section className="page page--wide">
        <h1>
          <FormattedMessage id="admin.reports.title" />
        </h1>
      </section>
    </AreaMessages>
  );
}
