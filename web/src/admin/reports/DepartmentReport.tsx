// Orders and meals per department: meals as a bar chart, and every figure (with the API's share) as a table.
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type ReportFilters, reportFilter } from './filters';
import { DepartmentReportDoc } from './operations';
import { AXIS, ChartFrame, ReportState, SERIES, useNumber } from './shared';

export function DepartmentReport({ filters }: { filters: ReportFilters }) {
  const intl = useIntl();
  const number = useNumber();
  const { data, loading, error } = useQuery(DepartmentReportDoc, {
    variables: { filter: reportFilter(filters) },
  });
  const rows = data?.departmentReport ?? [];
  const percent = (value: number) =>
    intl.formatMessage(
      { id: 'admin.reports.percent' },
      { percent: intl.formatNumber(value, { maximumFractionDigits: 2 }) },
    );
  return (
    <div className="reports-body" id="department-report" aria-busy={loading}>
      <h2>
        <FormattedMessage id="admin.reports.department.title" />
      </h2>
      <ReportState loading={loading && !data} error={error} empty={!!data && rows.length === 0} />
      {rows.length > 0 && (
        <>
          <ChartFrame
            tableId="department-table"
            height={Math.max(160, 56 * rows.length + 48)}
            label={intl.formatMessage({ id: 'admin.reports.department.chart' }, { count: rows.length })}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={rows}
                layout="vertical"
                margin={{ top: 8, right: 64, bottom: 8, left: 8 }}
                accessibilityLayer={false}
              >
                <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" tick={AXIS} allowDecimals={false} tickFormatter={number} />
                <YAxis type="category" dataKey="departmentName" tick={AXIS} width={150} />
                <Tooltip
                  formatter={(value) => number(Number(value))}
                  contentStyle={{ background: 'var(--surface)', color: 'var(--text)' }}
                />
                <Bar
                  dataKey="totalMeals"
                  name={intl.formatMessage({ id: 'admin.reports.totalMeals' })}
                  fill={SERIES[0]}
                  isAnimationActive={false}
                >
                  <LabelList
                    dataKey="totalMeals"
                    position="right"
                    fill="var(--text)"
                    formatter={(value) => number(Number(value))}
                  />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </ChartFrame>
          <table className="reports-table" id="department-table">
            <caption>
              <FormattedMessage id="admin.reports.department.title" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="admin.reports.department" />
                </th>
                <th scope="col" className="num">
                  <FormattedMessage id="admin.reports.totalOrders" />
                </th>
                <th scope="col" className="num">
                  <FormattedMessage id="admin.reports.totalMeals" />
                </th>
                <th scope="col" className="num">
                  <FormattedMessage id="admin.reports.share" />
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.departmentId} data-department={row.departmentId}>
                  <th scope="row">{row.departmentName}</th>
                  <td className="num" data-field="totalOrders">
                    {number(row.totalOrders)}
                  </td>
                  <td className="num" data-field="totalMeals">
                    {number(row.totalMeals)}
                  </td>
                  <td className="num" data-field="percentage">
                    {percent(row.percentage)}
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
