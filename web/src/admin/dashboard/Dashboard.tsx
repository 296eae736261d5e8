// The administrators' dashboard (SCREENS.md, Administrator): today's orders and meals, orders per status and per
// department (charts with their tables), pending approvals and the latest orders; every figure links to the list
// behind it. Live: any order event refreshes it (debounced, so a burst of events costs one request). First run: with
// no shift or no department nobody can order, so it says so and leads to master data.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { OrderStatus } from '../../gql/graphql';
import { AreaMessages } from '../../i18n/AreaMessages';
import { formatTanggal } from '../../i18n/format';
import { businessDate } from '../../i18n/locale';
import { useLive } from '../../live/live';
import { StatusBadge } from '../../orders/StatusBadge';
import { statusText } from '../../orders/status';
import { ordersLink } from '../orders/filters';
import { type ChartRow, HorizontalBars } from './Charts';
import en from './i18n/en.json';
import id from './i18n/id.json';
import '../admin.css';

/** One request for the whole screen; each status's figure is the total of the list its link opens. */
const DashboardDoc = graphql(`
  query AdminDashboard($today: Date!) {
    shifts {
      id
    }
    departments {
      id
    }
    today: orders(filter: { tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {
      total
    }
    MENUNGGU: orders(filter: { status: MENUNGGU, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {
      total
    }
    IN_PROGRESS: orders(
      filter: { status: IN_PROGRESS, tanggalMulai: $today, tanggalAkhir: $today }
      limit: 1
    ) {
      total
    }
    READY: orders(filter: { status: READY, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {
      total
    }
    ON_DELIVERY: orders(
      filter: { status: ON_DELIVERY, tanggalMulai: $today, tanggalAkhir: $today }
      limit: 1
    ) {
      total
    }
    COMPLETE: orders(filter: { status: COMPLETE, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {
      total
    }
    DITOLAK: orders(filter: { status: DITOLAK, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {
      total
    }
    MENUNGGU_PERSETUJUAN: orders(
      filter: { status: MENUNGGU_PERSETUJUAN, tanggalMulai: $today, tanggalAkhir: $today }
      limit: 1
    ) {
      total
    }
    DIBATALKAN: orders(filter: { status: DIBATALKAN, tanggalMulai: $today, tanggalAkhir: $today }, limit: 1) {
      total
    }
    consumptionReport(filter: { tanggalMulai: $today, tanggalAkhir: $today }, groupBy: DAILY) {
      period
      totalOrders
      totalMeals
    }
    departmentReport(filter: { tanggalMulai: $today, tanggalAkhir: $today }) {
      departmentId
      departmentName
      totalOrders
      totalMeals
      percentage
    }
    pendingApprovals {
      id
      kodePesanan
      tanggalPesanan
      jumlahPesanan
      jumlahPesananAwal
      approvalRequestType
      catatanDapur
      department {
        id
        namaDivisi
      }
    }
    latest: orders(limit: 8) {
      items {
        ...OrderFields
      }
    }
  }
`);

const STATUSES = [
  'MENUNGGU',
  'IN_PROGRESS',
  'READY',
  'ON_DELIVERY',
  'COMPLETE',
  'DITOLAK',
  'MENUNGGU_PERSETUJUAN',
  'DIBATALKAN',
] as const satisfies readonly OrderStatus[];

/** Events often come in pairs (a request and its status change): one refresh for a burst. */
const REFRESH_DEBOUNCE_MS = 400;

export function Dashboard() {
  return (
    <AreaMessages catalogues={{ id, en }}>
      <DashboardScreen />
    </AreaMessages>
  );
}

function DashboardScreen() {
  const intl = useIntl();
  const live = useLive();
  const today = businessDate();
  const { data, error, refetch } = useQuery(DashboardDoc, {
    variables: { today },
    // Not cached: the screen refreshes itself on events (below), once per burst.
    fetchPolicy: 'no-cache',
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    const refresh = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void refetch().catch(() => undefined), REFRESH_DEBOUNCE_MS);
    };
    const stopEvents = live.onEvent(refresh);
    const stopResync = live.onResync(refresh);
    return () => {
      stopEvents();
      stopResync();
      clearTimeout(timer.current);
    };
  }, [live, refetch]);

  const todayList = { from: today, to: today };
  const statusRows: ChartRow[] = data
    ? STATUSES.map((s) => ({ key: s, label: statusText(intl, s), value: data[s].total }))
    : [];
  const departmentRows: ChartRow[] = (data?.departmentReport ?? []).map((row) => ({
    key: String(row.departmentId),
    label: row.departmentName,
    value: row.totalMeals,
  }));
  const consumption = data?.consumptionReport.find((row) => row.period === today);
  const firstRun = data && (data.shifts.length === 0 || data.departments.length === 0);

  return (
    <section className="page page--wide admin-dash">
      <h1>
        <FormattedMessage id="admin.dashboard.title" />
      </h1>
      <p className="hint">
        <FormattedMessage id="admin.dashboard.today" values={{ date: formatTanggal(intl, today) }} />
      </p>
      {error && !data && (
        <p className="form-error" role="alert">
          <FormattedMessage id="error.NETWORK" />
        </p>
      )}
      {!data && !error && (
        <p role="status">
          <FormattedMessage id="app.loading" />
        </p>
      )}
      {firstRun && (
        <div className="notice notice--warning admin-dash-first-run" id="first-run" role="status">
          <h2>
            <FormattedMessage id="admin.dashboard.firstRun.title" />
          </h2>
          <ul>
            {data.departments.length === 0 && (
              <li id="first-run-departments">
                <FormattedMessage id="admin.dashboard.firstRun.noDepartments" />
              </li>
            )}
            {data.shifts.length === 0 && (
              <li id="first-run-shifts">
                <FormattedMessage id="admin.dashboard.firstRun.noShifts" />
              </li>
            )}
          </ul>
          <Link to="/admin/master" className="button button--primary" id="first-run-master">
            <FormattedMessage id="admin.dashboard.firstRun.action" />
          </Link>
        </div>
      )}
      {data && (
        <>
          <div className="admin-dash-figures">
            <Link to={ordersLink(todayList)} className="admin-dash-figure" id="figure-orders">
              <span className="admin-dash-figure__value" data-value={data.today.total}>
                {intl.formatNumber(data.today.total)}
              </span>
              <span className="admin-dash-figure__label">
                <FormattedMessage id="admin.dashboard.ordersToday" />
              </span>
            </Link>
            <Link to={ordersLink(todayList)} className="admin-dash-figure" id="figure-meals">
              <span className="admin-dash-figure__value" data-value={consumption?.totalMeals ?? 0}>
                {intl.formatNumber(consumption?.totalMeals ?? 0)}
              </span>
              <span className="admin-dash-figure__label">
                <FormattedMessage
                  id="admin.dashboard.mealsToday"
                  values={{ orders: consumption?.totalOrders ?? 0 }}
                />
              </span>
            </Link>
            <Link to="/admin/approvals" className="admin-dash-figure" id="figure-pending">
              <span className="admin-dash-figure__value" data-value={data.pendingApprovals.length}>
                {intl.formatNumber(data.pendingApprovals.length)}
              </span>
              <span className="admin-dash-figure__label">
                <FormattedMessage id="admin.dashboard.pending" />
              </span>
            </Link>
          </div>

          <div className="admin-dash-grid">
            <section className="admin-dash-panel" aria-labelledby="by-status-title">
              <h2 id="by-status-title">
                <FormattedMessage id="admin.dashboard.byStatus" />
              </h2>
              <HorizontalBars rows={statusRows} kind="status" />
              <table className="admin-dash-table" id="by-status" aria-labelledby="by-status-title">
                <thead>
                  <tr>
                    <th scope="col">
                      <FormattedMessage id="admin.dashboard.col.status" />
                    </th>
                    <th scope="col" className="admin-dash-num">
                      <FormattedMessage id="admin.dashboard.col.orders" />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {STATUSES.map((s) => (
                    <tr key={s} data-status={s}>
                      <th scope="row">
                        <StatusBadge status={s} />
                      </th>
                      <td className="admin-dash-num">
                        <Link to={ordersLink({ status: s, ...todayList })} data-value={data[s].total}>
                          {intl.formatNumber(data[s].total)}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>

            <section className="admin-dash-panel" aria-labelledby="by-department-title">
              <h2 id="by-department-title">
                <FormattedMessage id="admin.dashboard.byDepartment" />
              </h2>
              <p className="hint">
                <FormattedMessage id="admin.dashboard.byDepartment.hint" />
              </p>
              {departmentRows.length === 0 ? (
                <p className="empty" id="by-department-none">
                  <FormattedMessage id="admin.dashboard.byDepartment.none" />
                </p>
              ) : (
                <>
                  <HorizontalBars rows={departmentRows} kind="department" />
                  <table
                    className="admin-dash-table"
                    id="by-department"
                    aria-labelledby="by-department-title"
                  >
                    <thead>
                      <tr>
                        <th scope="col">
                          <FormattedMessage id="admin.dashboard.col.department" />
                        </th>
                        <th scope="col" className="admin-dash-num">
                          <FormattedMessage id="admin.dashboard.col.orders" />
                        </th>
                        <th scope="col" className="admin-dash-num">
                          <FormattedMessage id="admin.dashboard.col.meals" />
                        </th>
                        <th scope="col" className="admin-dash-num">
                          <FormattedMessage id="admin.dashboard.col.share" />
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.departmentReport.map((row) => (
                        <tr key={row.departmentId} data-department={row.departmentId}>
                          <th scope="row">
                            <Link to={ordersLink({ department: row.departmentId, ...todayList })}>
                              {row.departmentName}
                            </Link>
                          </th>
                          <td className="admin-dash-num" data-value={row.totalOrders}>
                            {intl.formatNumber(row.totalOrders)}
                          </td>
                          <td className="admin-dash-num" data-value={row.totalMeals}>
                            {intl.formatNumber(row.totalMeals)}
                          </td>
                          <td className="admin-dash-num" data-value={row.percentage}>
                            <FormattedMessage
                              id="admin.dashboard.percent"
                              values={{
                                value: intl.formatNumber(row.percentage, { maximumFractionDigits: 2 }),
                              }}
                            />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
            </section>

            <section className="admin-dash-panel" aria-labelledby="pending-title">
              <h2 id="pending-title">
                <FormattedMessage id="admin.dashboard.pendingTitle" />
              </h2>
              {data.pendingApprovals.length === 0 ? (
                <p className="empty">
                  <FormattedMessage id="admin.dashboard.pendingNone" />
                </p>
              ) : (
                <ul className="admin-dash-list" id="dashboard-pending">
                  {data.pendingApprovals.slice(0, 5).map((order) => (
                    <li key={order.id} data-kode={order.kodePesanan}>
                      <Link to={`/admin/orders/${order.id}`}>{order.kodePesanan}</Link>
                      <FormattedMessage
                        id={`admin.dashboard.request.${order.approvalRequestType ?? 'REJECT'}`}
                        values={{
                          department: order.department.namaDivisi,
                          from: order.jumlahPesananAwal ?? order.jumlahPesanan,
                          to: order.jumlahPesanan,
                        }}
                      />
                    </li>
                  ))}
                </ul>
              )}
              <p className="buttons">
                <Link to="/admin/approvals" className="button" id="to-approvals">
                  <FormattedMessage id="admin.dashboard.toApprovals" />
                </Link>
              </p>
            </section>

            <section className="admin-dash-panel" aria-labelledby="latest-title">
              <h2 id="latest-title">
                <FormattedMessage id="admin.dashboard.latest" />
              </h2>
              {data.latest.items.length === 0 ? (
                <p className="empty">
                  <FormattedMessage id="admin.dashboard.latestNone" />
                </p>
              ) : (
                <table className="admin-dash-table" id="latest-orders" aria-labelledby="latest-title">
                  <thead>
                    <tr>
                      <th scope="col">
                        <FormattedMessage id="admin.dashboard.col.code" />
                      </th>
                      <th scope="col">
                        <FormattedMessage id="admin.dashboard.col.department" />
                      </th>
                      <th scope="col" className="admin-dash-num">
                        <FormattedMessage id="admin.dashboard.col.meals" />
                      </th>
                      <th scope="col">
                        <FormattedMessage id="admin.dashboard.col.status" />
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.latest.items.map((order) => (
                      <tr key={order.id} data-kode={order.kodePesanan}>
                        <th scope="row">
                          <Link to={`/admin/orders/${order.id}`}>{order.kodePesanan}</Link>
                        </th>
                        <td>{order.department.namaDivisi}</td>
                        <td className="admin-dash-num">{order.jumlahPesanan}</td>
                        <td>
                          <StatusBadge status={order.statusPesanan} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <p className="buttons">
                <Link to="/admin/orders" className="button">
                  <FormattedMessage id="admin.dashboard.allOrders" />
                </Link>
              </p>
            </section>
          </div>
        </>
      )}
    </section>
  );
}
