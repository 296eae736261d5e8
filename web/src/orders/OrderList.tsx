// A list of orders as cards (code, date, shift, meals, status), each leading to its detail.
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { OrderFieldsFragment } from '../gql/graphql';
import { formatTanggal } from '../i18n/format';
import { StatusBadge } from './StatusBadge';

export function OrderList({ orders }: { orders: OrderFieldsFragment[] }) {
  const intl = useIntl();
  return (
    <ul className="order-list">
      {orders.map((order) => (
        <li key={order.id}>
          <Link
            to={`/orders/${order.id}`}
            className="order-row"
            data-kode={order.kodePesanan}
            data-status={order.statusPesanan}
          >
            <span className="order-row__code">{order.kodePesanan}</span>
            <StatusBadge status={order.statusPesanan} />
            <span className="order-row__meta">
              <FormattedMessage
                id="text.pair"
                values={{
                  first: formatTanggal(intl, order.tanggalPesanan),
                  second: <bdi>{order.shift.namaShift}</bdi>,
                }}
              />
            </span>
            <span className="order-row__qty">
              <FormattedMessage id="order.meals" values={{ count: order.jumlahPesanan }} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
