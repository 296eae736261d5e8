// What the four reports share: their loading, error and empty states, the numbers in the person's language (the
// API's values as they are, only formatted), and the frame of a chart: a picture for the eye whose every number is
// also in the table beside it (the chart's text alternative).
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemOf } from '../../api/errors';
import { problemText } from '../../app/problem-text';

export function ReportState({ loading, error, empty }: { loading: boolean; error: unknown; empty: boolean }) {
  const intl = useIntl();
  if (error) {
    const problem = problemOf(error);
    return (
      <p className="form-error" role="alert">
        {problem.code === 'BAD_USER_INPUT' && problem.field === 'tanggalAkhir'
          ? intl.formatMessage({ id: 'admin.reports.toBeforeFrom' })
          : problemText(intl, problem)}
      </p>
    );
  }
  if (loading)
    return (
      <p role="status" className="loading">
        <FormattedMessage id="app.loading" />
      </p>
    );
  if (empty)
    return (
      <p className="empty" role="status">
        <FormattedMessage id="admin.reports.none" />
      </p>
    );
  return null;
}

/** A count or a number of meals, grouped as the language writes it. */
export function useNumber(): (value: number) => string {
  const intl = useIntl();
  return (value) => intl.formatNumber(value);
}

/** Minutes as the API rounded them (2 decimals), or a dash when no order had both stamps. */
export function useMinutes(): (value: number | null | undefined) => string {
  const intl = useIntl();
  return (value) =>
    value == null
      ? intl.formatMessage({ id: 'admin.reports.noValue' })
      : intl.formatMessage(
          { id: 'admin.reports.minutes' },
          { minutes: intl.formatNumber(value, { maximumFractionDigits: 2 }) },
        );
}

/** The chart as one image with a name; its numbers are read from the table the caption points to. */
export function ChartFrame({
  label,
  tableId,
  height = 320,
  children,
}: {
  label: string;
  tableId: string;
  height?: number;
  children: ReactNode;
}) {
  return (
    <figure className="reports-chart">
      <div role="img" aria-label={label} aria-describedby={`${tableId}-caption`} style={{ height }}>
        {children}
      </div>
      <figcaption id={`${tableId}-caption`} className="hint">
        <FormattedMessage id="admin.reports.chartAlternative" />
      </figcaption>
    </figure>
  );
}

/** Colours from the theme's variables, so the charts follow light and dark. */
export const SERIES = [
  'var(--primary)',
  'var(--st-IN_PROGRESS)',
  'var(--st-ON_DELIVERY)',
  'var(--st-MENUNGGU)',
];
export const AXIS = { fill: 'var(--text)', fontSize: 13 };
