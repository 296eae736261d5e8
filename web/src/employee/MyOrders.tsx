// The employee's orders: status and date filters and pages (kept in the address, so back and reload keep them).
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { OrderStatus } from '../gql/graphql';
import { OrderList } from '../orders/OrderList';
import { ORDER_STATUSES, statusText } from '../orders/status';
import { Pager } from '../ui/Pager';

const MyOrdersDoc = graphql(`
  query MyOrders($filter: OrderFilter, $page: Int!) {
    orders(filter: $filter, page: $page, limit: 10) {
      items {
        ...OrderFields
      }
      total
      page
      totalPages
    }
  }
`);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function MyOrders() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const status = ORDER_STATUSES.find((s) => s === params.get('status')) ?? null;
  const from = DATE.test(params.get('from') ?? '') ? params.get('from') : null;
  const to = DATE.test(params.get('to') ?? '') ? params.get('to') : null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error } = useQuery(MyOrdersDoc, {
    variables: {
      filter: {
        ...(status ? { status } : {}),
        ...(from ? { tanggalMulai: from } : {}),
        ...(to ? { tanggalAkhir: to } : {}),
      },
      page,
    },
  });
  const change = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  const orders = data?.orders;
  return (
    <section className="page">
      <h1>
        <FormattedMessage id="myOrders.title" />
      </h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="filter-status">
            <FormattedMessage id="filter.status" />
          </label>
          <select
            id="filter-status"
            value={status ?? ''}
            onChange={(e) => change('status', e.target.value || null)}
          >
            <option value="">{intl.formatMessage({ id: 'filter.allStatuses' })}</option>
            {ORDER_STATUSES.map((s: OrderStatus) => (
              <option key={s} value={s}>
                {statusText(intl, s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-from">
            <FormattedMessage id="filter.from" />
          </label>
          <input
            id="filter-from"
            type="date"
            value={from ?? ''}
            onChange={(e) => change('from', e.target.value || null)}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-to">
            <FormattedMessage id="filter.to" />
          </label>
          <input
            id="filter-to"
            type="date"
            value={to ?? ''}
            onChange={(e) => change('to', e.target.value || null)}
          />
        </div>
      </form>
      {error && !data && (
        <p className="form-error" role="alert">
          <FormattedMessage id="error.NETWORK" />
        </p>
      )}
      {loading && !data && (
        <p role="status">
          <FormattedMessage id="app.loading" />
        </p>
      )}
      {orders && orders.items.length === 0 && (
        <p className="empty">
          <FormattedMessage id="myOrders.none" />
        </p>
      )}
      {orders && <OrderList orders={orders.items} />}
      {orders && orders.totalPages > 1 && (
        <Pager
          page={page}
          pages={orders.totalPages}
          total={orders.total}
          onPage={(next) => change('page', String(next))}
        />
      )}
    </section>
  );
}
