// How long completed orders took, on average (the API's averages, rounded by the API): the overall figures, then
// per department and per shift a bar chart of the four averages with the same numbers in a table.
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { type ReportFilters, reportFilter } from './filters';
import { PerformanceReportDoc } from './operations';
import { AXIS, ChartFrame, ReportState, SERIES, useMinutes, useNumber } from './shared';

const AVERAGES = [
  'avgTotalDurationMinutes',
  'avgProcessingTimeMinutes',
  'avgPreparationTimeMinutes',
  'avgDeliveryTimeMinutes',
] as const;
type Average = (typeof AVERAGES)[number];
type Stats = { count: number } & Partial<Record<Average, number | null>>;
interface GroupRow extends Stats {
  key: number;
  name: string;
}

export function PerformanceReport({ filters }: { filters: ReportFilters }) {
  const intl = useIntl();
  const number = useNumber();
  const minutes = useMinutes();
  const { data, loading, error } = useQuery(PerformanceReportDoc, {
    variables: { filter: reportFilter(filters) },
  });
  const report = data?.performanceReport;
  const overall: Stats | undefined = report?.overall;
  return (
    <div className="reports-body" id="performance-report" aria-busy={loading}>
      <h2>
        <FormattedMessage id="admin.reports.performance.title" />
      </h2>
      <ReportState loading={loading && !data} error={error} empty={!!report && report.overall.count === 0} />
      {overall && overall.count > 0 && report && (
        <>
          <dl className="reports-figures" id="performance-overall">
            <div data-field="count">
              <dt>
                <FormattedMessage id="admin.reports.completed" />
              </dt>
              <dd>{number(overall.count)}</dd>
            </div>
            {AVERAGES.map((average) => (
              <div key={average} data-field={average}>
                <dt>
                  <FormattedMessage id={`admin.reports.${average}`} />
                </dt>
                <dd>{minutes(overall[average])}</dd>
              </div>
            ))}
          </dl>
          <PerformanceGroup
            id="performance-department"
            title={intl.formatMessage({ id: 'admin.reports.performance.byDepartment' })}
            nameHeader={intl.formatMessage({ id: 'admin.reports.department' })}
            rows={report.byDepartment.map((row) => ({
              ...row,
              key: row.departmentId,
              name: row.departmentName,
            }))}
          />
          <PerformanceGroup
            id="performance-shift"
            title={intl.formatMessage({ id: 'admin.reports.performance.byShift' })}
            nameHeader={intl.formatMessage({ id: 'admin.reports.shift' })}
            rows={report.byShift.map((row) => ({ ...row, key: row.shiftId, name: row.shiftName }))}
          />
        </>
      )}
    </div>
  );
}

function PerformanceGroup({
  id,
  title,
  nameHeader,
  rows,
}: {
  id: string;
  title: string;
  nameHeader: string;
  rows: GroupRow[];
}) {
  const intl = useIntl();
  const number = useNumber();
  const minutes = useMinutes();
  const names = Object.fromEntries(
    AVERAGES.map((average) => [average, intl.formatMessage({ id: `admin.reports.${average}` })]),
  );
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <ChartFrame
        tableId={`${id}-table`}
        height={300}
        label={intl.formatMessage({ id: 'admin.reports.performance.chart' }, { title, count: rows.length })}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={AXIS} />
            <YAxis tick={AXIS} tickFormatter={number} />
            <Tooltip
              formatter={(value) => minutes(value == null ? null : Number(value))}
              contentStyle={{ background: 'var(--surface)', color: 'var(--text)' }}
            />
            <Legend />
            {AVERAGES.map((average, index) => (
              <Bar
                key={average}
                dataKey={average}
                name={names[average]}
                fill={SERIES[index]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <table className="reports-table" id={`${id}-table`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col" className="num">
              <FormattedMessage id="admin.reports.completed" />
            </th>
            {AVERAGES.map((average) => (
              <th key={average} scope="col" className="num">
                {names[average]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">{row.name}</th>
              <td className="num" data-field="count">
                {number(row.count)}
              </td>
              {AVERAGES.map((average) => (
                <td key={average} className="num" data-field={average}>
                  {minutes(row[average])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
