// The pages for addresses that lead nowhere, and for screens of another role.
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

export function NotFound() {
  return (
    <section className="page page--message">
      <h1>
        <FormattedMessage id="notFound.title" />
      </h1>
      <p>
        <FormattedMessage id="notFound.body" />
      </p>
      <Link to="/" className="button button--primary">
        <FormattedMessage id="nav.home" />
      </Link>
    </section>
  );
}

export function Forbidden() {
  return (
    <section className="page page--message">
      <h1>
        <FormattedMessage id="forbidden.title" />
      </h1>
      <p>
        <FormattedMessage id="forbidden.body" />
      </p>
      <Link to="/" className="button button--primary">
        <FormattedMessage id="nav.home" />
      </Link>
    </section>
  );
}

/** A screen whose code could not be loaded (offline, or a new version replaced it): say so, offer a reload. */
export function ScreenFailed() {
  return (
    <section className="page page--message" role="alert">
      <h1>
        <FormattedMessage id="screenFailed.title" />
      </h1>
      <p>
        <FormattedMessage id="screenFailed.body" />
      </p>
      <button type="button" className="button button--primary" onClick={() => location.reload()}>
        <FormattedMessage id="screenFailed.reload" />
      </button>
    </section>
  );
}
