// The administrators' all orders screen (SCREENS.md, Administrator): every order, filtered by status, department,
// shift, dates, code and approval (kept in the address, so back, reload and the dashboard's links keep them),
// paged by the server; each row leads to the order's detail. Ordering as an administrator is below the list.
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { AreaMessages } from '../../i18n/AreaMessages';
import { formatTanggal } from '../../i18n/format';
import { StatusBadge } from '../../orders/StatusBadge';
import { ORDER_STATUSES, statusText } from '../../orders/status';
import { AdminNewOrder } from './AdminNewOrder';
import { APPROVAL_FILTERS, type ListFilters, orderFilter, readFilters } from './filters';
import en from './i18n/en.json';
import id from './i18n/id.json';
import { LateMark } from './LateMark';
import '../admin.css';
import { Pager } from '../../ui/Pager';

export const PAGE_SIZE = 20;

const AdminOrdersDoc = graphql(`
  query AdminOrders($filter: OrderFilter, $page: Int!, $limit: Int!) {
    orders(filter: $filter, page: $page, limit: $limit) {
      items {
        ...OrderFields
      }
      total
      page
      totalPages
    }
  }
`);

export const FilterOptionsDoc = graphql(`
  query AdminOrderFilterOptions {
    departments {
      id
      namaDivisi
    }
    shifts {
      id
      namaShift
      jamMulai
      jamSelesai
    }
  }
`);

export function AdminOrders() {
  return (
    <AreaMessages catalogues={{ id, en }}>
      <OrdersScreen />
    </AreaMessages>
  );
}

function OrdersScreen() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const options = useQuery(FilterOptionsDoc);
  const { data, loading, error } = useQuery(AdminOrdersDoc, {
    variables: { filter: orderFilter(filters), page: filters.page, limit: PAGE_SIZE },
  });
  const [search, setSearch] = useState(filters.q);
  useEffect(() => setSearch(filters.q), [filters.q]);

  const change = (key: keyof ListFilters, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  const orders = data?.orders;
  const departments = options.data?.departments ?? [];
  const shifts = options.data?.shifts ?? [];

  return (
    <section className="page page--wide admin-orders">
      <h1 id="admin-orders-title">
        <FormattedMessage id="admin.orders.title" />
      </h1>
      <form
        className="filters admin-orders-filters"
        role="search"
        aria-label={intl.formatMessage({ id: 'admin.orders.filters' })}
        onSubmit={(event) => {
          event.preventDefault();
          change('q', search.trim() || null);
        }}
      >
        <div className="field">
          <label htmlFor="filter-q">
            <FormattedMessage id="admin.orders.filter.code" />
          </label>
          <div className="admin-orders-search">
            <input
              id="filter-q"
              type="search"
              value={search}
              autoComplete="off"
              onChange={(e) => setSearch(e.target.value)}
            />
            <button type="submit" className="button" id="filter-search">
              <FormattedMessage id="admin.orders.filter.search" />
            </button>
          </div>
        </div>
        <div className="field">
          <label htmlFor="filter-status">
            <FormattedMessage id="filter.status" />
          </label>
          <select
            id="filter-status"
            value={filters.status ?? ''}
            onChange={(e) => change('status', e.target.value || null)}
          >
            <option value="">{intl.formatMessage({ id: 'filter.allStatuses' })}</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusText(intl, s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-department">
            <FormattedMessage id="admin.orders.filter.department" />
          </label>
          <select
            id="filter-department"
            value={filters.department ?? ''}
            onChange={(e) => change('department', e.target.value || null)}
          >
            <option value="">{intl.formatMessage({ id: 'admin.orders.filter.allDepartments' })}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.namaDivisi}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-shift">
            <FormattedMessage id="admin.orders.filter.shift" />
          </label>
          <select
            id="filter-shift"
            value={filters.shift ?? ''}
            onChange={(e) => change('shift', e.target.value || null)}
          >
            <option value="">{intl.formatMessage({ id: 'admin.orders.filter.allShifts' })}</option>
            {shifts.map((s) => (
              <option key={s.id} value={s.id}>
                {s.namaShift}
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
            value={filters.from ?? ''}
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
            value={filters.to ?? ''}
            onChange={(e) => change('to', e.target.value || null)}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-approval">
            <FormattedMessage id="admin.orders.filter.approval" />
          </label>
          <select
            id="filter-approval"
            value={filters.approval ?? ''}
            onChange={(e) => change('approval', e.target.value || null)}
          >
            <option value="">{intl.formatMessage({ id: 'admin.orders.filter.approval.any' })}</option>
            {APPROVAL_FILTERS.map((a) => (
              <option key={a} value={a}>
                {intl.formatMessage({ id: `admin.orders.filter.approval.${a}` })}
              </option>
            ))}
          </select>
        </div>
      </form>
      {params.toString() !== '' && (
        <Link to="/admin/orders" className="button button--quiet" id="filter-clear">
          <FormattedMessage id="admin.orders.filter.clear" />
        </Link>
      )}
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
      {orders && (
        <p className="admin-orders-count" id="orders-total" role="status" data-total={orders.total}>
          <FormattedMessage id="admin.orders.total" values={{ total: orders.total }} />
        </p>
      )}
      {orders && orders.items.length === 0 && (
        <p className="empty">
          <FormattedMessage id="admin.orders.none" />
        </p>
      )}
      {orders && orders.items.length > 0 && (
        <div className="admin-orders-scroll">
          <table className="admin-orders-table" id="orders-table" aria-labelledby="admin-orders-title">
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="admin.orders.col.code" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.orders.col.date" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.orders.col.shift" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.orders.col.department" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.orders.col.orderedBy" />
                </th>
                <th scope="col" className="admin-orders-num">
                  <FormattedMessage id="admin.orders.col.meals" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.orders.col.status" />
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.items.map((order) => (
                <tr key={order.id} data-kode={order.kodePesanan} data-status={order.statusPesanan}>
                  <th scope="row">
                    <Link to={`/admin/orders/${order.id}`} className="admin-orders-code">
                      {order.kodePesanan}
                    </Link>
                  </th>
                  <td>{formatTanggal(intl, order.tanggalPesanan, false)}</td>
                  <td>{order.shift.namaShift}</td>
                  <td>{order.department.namaDivisi}</td>
                  <td>
                    <FormattedMessage
                      id="text.pair"
                      values={{ first: order.pemesan.namaLengkap, second: order.pemesan.nomorIndukKaryawan }}
                    />
                  </td>
                  <td className="admin-orders-num">{order.jumlahPesanan}</td>
                  <td>
                    <span className="admin-orders-status">
                      <StatusBadge status={order.statusPesanan} />
                      <LateMark order={order} />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {orders && orders.totalPages > 1 && (
        <Pager
          page={orders.page}
          pages={orders.totalPages}
          total={orders.total}
          ids={{ previous: 'page-previous', position: 'page-position', next: 'page-next' }}
          onPage={(next) => change('page', String(next))}
        />
      )}
      <AdminNewOrder />
    </section>
  );
}
