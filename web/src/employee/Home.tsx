// The employee's home: who they are, today's and upcoming orders (live), the last seven days' count, and the
// way to order (two taps to an order with the defaults).
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSession } from '../app/session-context';
import { graphql } from '../gql';
import { businessDate } from '../i18n/locale';
import { formatTanggal } from '../i18n/format';
import { OrderList } from '../orders/OrderList';

const HomeDoc = graphql(`
  query EmployeeHome($upcoming: OrderFilter!, $lastWeek: OrderFilter!) {
    upcoming: orders(filter: $upcoming, limit: 10) {
      items {
        ...OrderFields
      }
      total
    }
    lastWeek: orders(filter: $lastWeek, limit: 1) {
      total
    }
  }
`);

export function EmployeeHome() {
  const intl = useIntl();
  const { user } = useSession();
  const today = businessDate();
  const { data, loading, error } = useQuery(HomeDoc, {
    variables: {
      upcoming: { tanggalMulai: today },
      lastWeek: { tanggalMulai: businessDate(-6), tanggalAkhir: today },
    },
  });
  return (
    <section className="page home">
      <h1>
        <FormattedMessage id="home.greeting" values={{ name: <bdi>{user.namaLengkap}</bdi> }} />
      </h1>
      <p className="home__who">
        <FormattedMessage
          id="home.who"
          values={{
            nik: user.nomorIndukKaryawan,
            department: <bdi>{user.department?.namaDivisi ?? intl.formatMessage({ id: 'text.none' })}</bdi>,
            jabatan: <bdi>{user.jabatan?.namaJabatan ?? intl.formatMessage({ id: 'text.none' })}</bdi>,
          }}
        />
      </p>
      <p className="home__today">{formatTanggal(intl, today)}</p>
      <Link to="/order" className="button button--primary button--big" id="order-meal">
        <FormattedMessage id="home.orderMeal" />
      </Link>
      <h2>
        <FormattedMessage id="home.upcoming" />
      </h2>
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
      {data && data.upcoming.items.length === 0 && (
        <p className="empty">
          <FormattedMessage id="home.noUpcoming" />
        </p>
      )}
      {data && <OrderList orders={data.upcoming.items} />}
      {data && (
        <p className="home__week" id="last-week">
          <FormattedMessage id="home.lastWeek" values={{ count: data.lastWeek.total }} />
        </p>
      )}
      <Link to="/orders" className="button button--quiet">
        <FormattedMessage id="home.allOrders" />
      </Link>
    </section>
  );
}
