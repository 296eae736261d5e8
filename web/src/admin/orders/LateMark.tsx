// "Late": the order was placed after ordering for its shift and date had closed (administrators are exempt from the
// cut-off, and their late orders are audited as such). Both instants come from the API: the order's waktuDibuat and
// its shift's orderingClosesAt for the order's date (the shift's cut-off as it is configured now).
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../../gql';
import { formatJam } from '../../i18n/format';

const ClosingDoc = graphql(`
  query AdminOrderClosing($tanggal: Date!) {
    shifts {
      id
      orderingClosesAt(tanggal: $tanggal)
    }
  }
`);

interface Placed {
  tanggalPesanan: string;
  waktuDibuat: string;
  shift: { id: number };
}

/** The cut-off the order was placed after, or null (on time, no cut-off, or not known yet). */
export function useLateness(order: Placed): string | null {
  // Orders on one page share a few dates: one request per date, the rest from the cache.
  const { data } = useQuery(ClosingDoc, { variables: { tanggal: order.tanggalPesanan } });
  const closesAt = data?.shifts.find((shift) => shift.id === order.shift.id)?.orderingClosesAt;
  return closesAt && new Date(order.waktuDibuat).getTime() > new Date(closesAt).getTime() ? closesAt : null;
}

export function LateMark({ order }: { order: Placed }) {
  const intl = useIntl();
  const closedAt = useLateness(order);
  if (!closedAt) return null;
  return (
    <span className="admin-orders-late" data-late="true">
      <FormattedMessage id="admin.orders.late" values={{ time: formatJam(intl, closedAt) }} />
    </span>
  );
}
