// Requests waiting for an administrator's decision, across dates (the kitchen's and the administrators'), and
// the decisions as they arrive.
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatTanggal } from '../i18n/format';
import { useLive } from '../live/live';
import { StatusBadge } from '../orders/StatusBadge';
import type { Order } from './board-model';
import { PendingApprovalsDoc } from './operations';

interface Decision {
  order: Order;
  decision: string;
}

export function Approvals() {
  const intl = useIntl();
  const live = useLive();
  const { data, loading } = useQuery(PendingApprovalsDoc, { fetchPolicy: 'cache-and-network' });
  const [decisions, setDecisions] = useState<Decision[]>([]);
  useEffect(
    () =>
      live.onEvent((event) => {
        if (event.__typename === 'OrderApprovalDecidedEvent')
          setDecisions((current) =>
            [{ order: event.order, decision: event.decision }, ...current].slice(0, 20),
          );
      }),
    [live],
  );
  const pending = data?.pendingApprovals ?? [];
  return (
    <section className="page approvals">
      <h1>
        <FormattedMessage id="approvals.title" />
      </h1>
      {loading && !data && (
        <p role="status">
          <FormattedMessage id="app.loading" />
        </p>
      )}
      {data && pending.length === 0 && (
        <p className="empty">
          <FormattedMessage id="approvals.none" />
        </p>
      )}
      <ul className="order-list" id="pending-approvals">
        {pending.map((order) => (
          <li key={order.id}>
            <Link to={`/orders/${order.id}`} className="order-row" data-kode={order.kodePesanan}>
              <span className="order-row__code">{order.kodePesanan}</span>
              <StatusBadge status={order.statusPesanan} />
              <span className="order-row__meta">
                <FormattedMessage
                  id="text.triple"
                  values={{
                    first: formatTanggal(intl, order.tanggalPesanan),
                    second: <bdi>{order.shift.namaShift}</bdi>,
                    third: <bdi>{order.department.namaDivisi}</bdi>,
                  }}
                />
              </span>
              <span className="order-row__qty">
                {order.approvalRequestType === 'EDIT' ? (
                  <FormattedMessage
                    id="board.editRequested"
                    values={{ from: order.jumlahPesananAwal ?? '?', to: order.jumlahPesanan }}
                  />
                ) : (
                  <FormattedMessage id="board.rejectionRequested" />
                )}
              </span>
              {order.catatanDapur && (
                <span className="order-row__note">
                  <FormattedMessage id="text.quoted" values={{ text: <bdi>{order.catatanDapur}</bdi> }} />
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
      <h2>
        <FormattedMessage id="approvals.decisions" />
      </h2>
      {decisions.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="approvals.noDecisions" />
        </p>
      ) : (
        <ul className="order-list" id="decisions">
          {decisions.map(({ order, decision }) => (
            <li key={`${order.id}-${decision}`} className="order-row" data-kode={order.kodePesanan}>
              <span className="order-row__code">{order.kodePesanan}</span>
              <StatusBadge status={order.statusPesanan} />
              <span className="order-row__meta">
                <FormattedMessage id={`approvals.decision.${decision}`} />
                {order.catatanAdmin ? (
                  <FormattedMessage id="text.afterQuote" values={{ text: <bdi>{order.catatanAdmin}</bdi> }} />
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
