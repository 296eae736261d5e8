// One order on a board: code (whole, readable from afar), status in words, meals, department and shift, who and
// how long ago, an approval request's note, the buttons of the person's role (real buttons, ≥ 44 px).
import { memo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Role } from '../gql/graphql';
import { StatusBadge } from '../orders/StatusBadge';
import { type Action, actionsFor, type Order } from './board-model';

function Age({ since, now }: { since: string; now: Date }) {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 60_000));
  if (minutes < 1) return <FormattedMessage id="age.justNow" />;
  if (minutes < 60) return <FormattedMessage id="age.minutes" values={{ minutes }} />;
  return (
    <FormattedMessage id="age.hours" values={{ hours: Math.floor(minutes / 60), minutes: minutes % 60 }} />
  );
}

export const BoardCard = memo(function BoardCard({
  order,
  role,
  compact,
  now,
  busy,
  message,
  onAction,
}: {
  order: Order;
  role: Role;
  compact: boolean;
  now: Date;
  busy: boolean;
  message: string;
  onAction: (action: Action) => void;
}) {
  const intl = useIntl();
  const actions = actionsFor(role, order.statusPesanan);
  return (
    <li>
      <article
        className={`card status-${order.statusPesanan} ${compact ? 'card--compact' : ''}`}
        data-kode={order.kodePesanan}
        data-status={order.statusPesanan}
        aria-label={intl.formatMessage(
          { id: 'text.cardLabel' },
          { kode: order.kodePesanan, status: intl.formatMessage({ id: `status.${order.statusPesanan}` }) },
        )}
      >
        <div className="card__head">
          <Link to={`/orders/${order.id}`} className="card__code">
            {order.kodePesanan}
          </Link>
          <StatusBadge status={order.statusPesanan} />
        </div>
        <div className="card__body">
          <p className="card__qty">
            <FormattedMessage
              id="board.meals"
              values={{ count: order.jumlahPesanan, b: (chunks) => <strong>{chunks}</strong> }}
            />
          </p>
          <div>
            <p className="card__meta">
              <FormattedMessage
                id="text.pair"
                values={{
                  first: <bdi>{order.department.namaDivisi}</bdi>,
                  second: <bdi>{order.shift.namaShift}</bdi>,
                }}
              />
            </p>
            {!compact && (
              <p className="card__who">
                <FormattedMessage
                  id="text.pair"
                  values={{
                    first: <bdi className="card__name">{order.pemesan.namaLengkap}</bdi>,
                    second: (
                      <span className="card__age">
                        <Age since={order.waktuDibuat} now={now} />
                      </span>
                    ),
                  }}
                />
              </p>
            )}
          </div>
        </div>
        {order.statusPesanan === 'MENUNGGU_PERSETUJUAN' && !compact && (
          <p className="card__approval">
            <strong>
              {order.approvalRequestType === 'EDIT' ? (
                <FormattedMessage
                  id="board.editRequested"
                  values={{ from: order.jumlahPesananAwal ?? '?', to: order.jumlahPesanan }}
                />
              ) : (
                <FormattedMessage id="board.rejectionRequested" />
              )}
            </strong>
            {order.catatanDapur ? (
              <FormattedMessage id="text.afterQuote" values={{ text: <bdi>{order.catatanDapur}</bdi> }} />
            ) : null}
          </p>
        )}
        {message && (
          <p className="card__message" role="alert">
            {message}
          </p>
        )}
        {actions.length > 0 && (
          <div className="card__actions">
            {actions.map((action) => (
              <button
                key={action.kind}
                type="button"
                className={`button action action--${action.kind}`}
                data-action={action.kind}
                aria-label={intl.formatMessage(
                  { id: `action.${action.kind}.label` },
                  { kode: order.kodePesanan },
                )}
                disabled={busy}
                onClick={() => onAction(action)}
              >
                <FormattedMessage id={`action.${action.kind}`} />
              </button>
            ))}
          </div>
        )}
      </article>
    </li>
  );
});
