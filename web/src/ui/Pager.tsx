// Previous / next over a list paged on the server, with where the person is ("Halaman 2 dari 9 (170 pesanan)").
import { FormattedMessage, useIntl } from 'react-intl';

export function Pager({
  page,
  pages,
  total,
  onPage,
  position = 'pager.position',
  ids = {},
}: {
  page: number;
  pages: number;
  total: number;
  onPage: (page: number) => void;
  /** The message saying where the person is: {page}, {pages}, {total}. */
  position?: string;
  /** Element ids the tests and labels refer to. */
  ids?: { previous?: string; position?: string; next?: string };
}) {
  const intl = useIntl();
  return (
    <nav className="pager" aria-label={intl.formatMessage({ id: 'pager.label' })}>
      <button
        type="button"
        className="button"
        id={ids.previous}
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        <FormattedMessage id="pager.previous" />
      </button>
      <span id={ids.position}>
        <FormattedMessage id={position} values={{ page, pages, total }} />
      </span>
      <button
        type="button"
        className="button"
        id={ids.next}
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        <FormattedMessage id="pager.next" />
      </button>
    </nav>
  );
}
