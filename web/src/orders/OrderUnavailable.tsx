// What an order's page shows when it has no order to show: not found (or not the person's to read), still
// loading, or no answer from the server.
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

export function OrderUnavailable({
  state,
  back,
  wide = false,
}: {
  state: 'notFound' | 'loading' | 'noAnswer';
  /** Where the way back leads, and its words. */
  back: { to: string; label: string };
  wide?: boolean;
}) {
  const page = wide ? 'page page--wide' : 'page';
  if (state === 'notFound')
    return (
      <section className={`${page} page--message`}>
        <h1>
          <FormattedMessage id="detail.notFound" />
        </h1>
        <Link to={back.to} className="button button--primary">
          <FormattedMessage id={back.label} />
        </Link>
      </section>
    );
  return (
    <section className={page}>
      <p role={state === 'loading' ? 'status' : 'alert'}>
        <FormattedMessage id={state === 'loading' ? 'app.loading' : 'error.NETWORK'} />
      </p>
    </section>
  );
}
