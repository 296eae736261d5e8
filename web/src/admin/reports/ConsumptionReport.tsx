// Consumption per day, ISO week or month: orders and meals over time as a line chart, and the same rows as a table.
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportGroupBy } from '../../gql/graphql';
import { formatTanggal } from '../../i18n/format';
import { type ReportFilters, reportFilter } from './filters';
import { ConsumptionReportDoc } from './operations';
import { AXIS, ChartFrame, ReportState, SERIES, useNumber } from './shared';

/** "2 Desember 2026", "Minggu mulai 1 Desember 2026" or "Desember 2026" for the API's period. */
export function periodText(intl: IntlShape, period: string, groupBy: ReportGroupBy, short = false): string {
  if (groupBy === 'MONTHLY')
    return intl.formatDate(new Date(`${period}-15T12:00:00Z`), {
      timeZone: 'UTC',
      month: short ? 'short' : 'long',
      year: 'numeric',
    });
  const date = short
    ? intl.formatDate(new Date(`${period}T12:00:00Z`), { timeZone: 'UTC', day: 'numeric', month: 'short' })
    : formatTanggal(intl, period, false);
  return groupBy === 'WEEKLY' && !short ? intl.formatMessage({ id: 'admin.reports.weekOf' }, { date }) : date;
}

export function ConsumptionReport({ filters }: { filters: ReportFilters }) {
  const intl = useIntl();
  const number = useNumber();
  const { data, loading, error } = useQuery(ConsumptionReportDoc, {
    variables: { filter: reportFilter(filters), groupBy: filters.groupBy },
  });
  const rows = data?.consumptionReport ?? [];
  const orders = intl.formatMessage({ id: 'admin.reports.totalOrders' });
  const meals = intl.formatMessage({ id: 'admin.reports.totalMeals' });
  return (
    <div className="reports-body" id="consumption-report" aria-busy={loading}>
      <h2>
        <FormattedMessage id={`admin.reports.consumption.${filters.groupBy}`} />
      </h2>
      <ReportState loading={loading && !data} error={error} empty={!!data && rows.length === 0} />
      {rows.length > 0 && (
        <>
          <ChartFrame
            tableId="consumption-table"
            label={intl.formatMessage({ id: 'admin.reports.consumption.chart' }, { periods: rows.length })}
          >
            <ResponsiveContainer width="100%" height="100%">
              <LineChart
                data={rows}
                margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
                accessibilityLayer={false}
              >
                <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
                <XAxis
                  dataKey="period"
                  tick={AXIS}
                  tickFormatter={(period: string) => periodText(intl, period, filters.groupBy, true)}
                />
                <YAxis tick={AXIS} allowDecimals={false} tickFormatter={number} />
                <Tooltip
                  labelFormatter={(period) => periodText(intl, String(period), filters.groupBy)}
                  formatter={(value) => number(Number(value))}
                  contentStyle={{ background: 'var(--surface)', color: 'var(--text)' }}
                />
                <Legend />
                <Line
                  type="monotone"
                  dataKey="totalMeals"
                  name={meals}
                  stroke={SERIES[0]}
                  strokeWidth={3}
                  isAnimationActive={false}
                />
                <Line
                  type="monotone"
                  dataKey="totalOrders"
                  name={orders}
                  stroke={SERIES[1]}
                  strokeWidth={3}
                  strokeDasharray="6 4"
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </ChartFrame>
          <table className="reports-table" id="consumption-table">
            <caption>
              <FormattedMessage id={`admin.reports.consumption.${filters.groupBy}`} />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="admin.reports.period" />
                </th>
                <th scope="col" className="num">
                  {orders}
                </th>
                <th scope="col" className="num">
                  {meals}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.period} data-period={row.period}>
                  <th scope="row">{periodText(intl, row.period, filters.groupBy)}</th>
                  <td className="num" data-field="totalOrders">
                    {number(row.totalOrders)}
                  </td>
                  <td className="num" data-field="totalMeals">
                    {number(row.totalMeals)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
