// The administrators' reports (SCREENS.md, Administrator): consumption, per department, performance, rejections and
// edits; one at a time, with the filters its API input knows, all kept in the address; CSV and PDF export of the
// report on screen with the filters on screen (the API's exportReport link, which the browser downloads).
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { AreaMessages } from '../../i18n/AreaMessages';
import { ORDER_STATUSES, statusText } from '../../orders/status';
import { ConsumptionReport } from './ConsumptionReport';
import { DepartmentReport } from './DepartmentReport';
import { ExportButtons } from './ExportButtons';
import { APPROVAL_STATUSES, FILTERS_OF, type FilterName, GROUPS, readFilters, REPORTS } from './filters';
import en from './i18n/en.json';
import id from './i18n/id.json';
import { ReportChoicesDoc } from './operations';
import { PerformanceReport } from './PerformanceReport';
import { RejectionReport } from './RejectionReport';
import '../admin.css';

export function Reports() {
  return (
    <AreaMessages catalogues={{ id, en }}>
      <ReportsPage />
    </AreaMessages>
  );
}

function ReportsPage() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const known = FILTERS_OF[filters.report];
  const choices = useQuery(ReportChoicesDoc).data;
  const change = (key: FilterName | 'page', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  /** Another report keeps the filters it also knows. */
  const linkTo = (report: (typeof REPORTS)[number]) => {
    const next = new URLSearchParams({ report });
    for (const name of FILTERS_OF[report]) {
      const value = params.get(name);
      if (value) next.set(name, value);
    }
    return `?${next.toString()}`;
  };
  return (
    <section className="page page--wide reports">
      <h1>
        <FormattedMessage id="admin.reports.title" />
      </h1>
      <nav className="reports-tabs" aria-label={intl.formatMessage({ id: 'admin.reports.choose' })}>
        {REPORTS.map((report) => (
          <Link
            key={report}
            id={`tab-${report}`}
            className="reports-tab"
            to={linkTo(report)}
            aria-current={report === filters.report ? 'page' : undefined}
          >
            <FormattedMessage id={`admin.reports.kind.${report}`} />
          </Link>
        ))}
      </nav>
      <form
        className="filters reports-filters"
        aria-label={intl.formatMessage({ id: 'admin.reports.filters' })}
        onSubmit={(event) => event.preventDefault()}
      >
        {known.includes('groupBy') && (
          <div className="field">
            <label htmlFor="report-groupBy">
              <FormattedMessage id="admin.reports.groupBy" />
            </label>
            <select
              id="report-groupBy"
              value={filters.groupBy}
              onChange={(e) => change('groupBy', e.target.value === 'DAILY' ? null : e.target.value)}
            >
              {GROUPS.map((group) => (
                <option key={group} value={group}>
                  {intl.formatMessage({ id: `admin.reports.group.${group}` })}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="report-from">
            <FormattedMessage id="filter.from" />
          </label>
          <input
            id="report-from"
            type="date"
            value={filters.from ?? ''}
            onChange={(e) => change('from', e.target.value || null)}
          />
        </div>
        <div className="field">
          <label htmlFor="report-to">
            <FormattedMessage id="filter.to" />
          </label>
          <input
            id="report-to"
            type="date"
            value={filters.to ?? ''}
            aria-invalid={filters.from && filters.to && filters.from > filters.to ? true : undefined}
            aria-describedby="report-to-error"
            onChange={(e) => change('to', e.target.value || null)}
          />
          <p id="report-to-error" className="field-error">
            {filters.from && filters.to && filters.from > filters.to && (
              <FormattedMessage id="admin.reports.toBeforeFrom" />
            )}
          </p>
        </div>
        <div className="field">
          <label htmlFor="report-department">
            <FormattedMessage id="admin.reports.department" />
          </label>
          <select
            id="report-department"
            value={filters.department ?? ''}
            onChange={(e) => change('department', e.target.value || null)}
          >
            <option value="">{intl.formatMessage({ id: 'board.allDepartments' })}</option>
            {choices?.departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.namaDivisi}
              </option>
            ))}
          </select>
        </div>
        {known.includes('shift') && (
          <div className="field">
            <label htmlFor="report-shift">
              <FormattedMessage id="admin.reports.shift" />
            </label>
            <select
              id="report-shift"
              value={filters.shift ?? ''}
              onChange={(e) => change('shift', e.target.value || null)}
            >
              <option value="">{intl.formatMessage({ id: 'admin.reports.allShifts' })}</option>
              {choices?.shifts.map((shift) => (
                <option key={shift.id} value={shift.id}>
                  {shift.namaShift}
                </option>
              ))}
            </select>
          </div>
        )}
        {known.includes('status') && (
          <div className="field">
            <label htmlFor="report-status">
              <FormattedMessage id="filter.status" />
            </label>
            <select
              id="report-status"
              value={filters.status ?? ''}
              onChange={(e) => change('status', e.target.value || null)}
            >
              <option value="">{intl.formatMessage({ id: 'filter.allStatuses' })}</option>
              {ORDER_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {statusText(intl, status)}
                </option>
              ))}
            </select>
          </div>
        )}
        {known.includes('approval') && (
          <div className="field">
            <label htmlFor="report-approval">
              <FormattedMessage id="admin.reports.approvalStatus" />
            </label>
            <select
              id="report-approval"
              value={filters.approval ?? ''}
              onChange={(e) => change('approval', e.target.value || null)}
            >
              <option value="">{intl.formatMessage({ id: 'admin.reports.allApprovals' })}</option>
              {APPROVAL_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {intl.formatMessage({ id: `admin.reports.approval.${status}` })}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>
      <p className="hint">
        <FormattedMessage id={`admin.reports.about.${filters.report}`} />
      </p>
      <ExportButtons filters={filters} />
      {filters.report === 'consumption' && <ConsumptionReport filters={filters} />}
      {filters.report === 'department' && <DepartmentReport filters={filters} />}
      {filters.report === 'performance' && <PerformanceReport filters={filters} />}
      {filters.report === 'rejections' && (
        <RejectionReport
          filters={filters}
          onPage={(page) => change('page', page > 1 ? String(page) : null)}
        />
      )}
    </section>
  );
}
