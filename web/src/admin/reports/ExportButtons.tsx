// CSV and PDF of the report on screen, with exactly the filters on screen: the API's exportReport gives a signed,
// single-use link (/api/exports/..., valid 5 minutes) that the browser downloads at once; another click asks again.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemOf } from '../../api/errors';
import { problemText } from '../../app/problem-text';
import { exportInput, type ReportFilters } from './filters';
import { ExportReportDoc } from './operations';

export function ExportButtons({ filters }: { filters: ReportFilters }) {
  const intl = useIntl();
  const [exportReport, { loading }] = useMutation(ExportReportDoc);
  const [ready, setReady] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (format: 'CSV' | 'PDF') => {
    setReady(null);
    setFailure(null);
    try {
      const { data } = await exportReport({ variables: { input: exportInput(filters, format) } });
      if (!data) return;
      const { url, filename } = data.exportReport;
      setReady(filename);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
    } catch (error) {
      const problem = problemOf(error);
      setFailure(
        problem.field === 'tanggalAkhir'
          ? intl.formatMessage({ id: 'admin.reports.toBeforeFrom' })
          : problemText(intl, problem),
      );
    }
  };
  return (
    <div className="reports-export">
      <div className="buttons">
        <button
          type="button"
          className="button"
          id="export-csv"
          disabled={loading}
          onClick={() => void download('CSV')}
        >
          <FormattedMessage id="admin.reports.export.csv" />
        </button>
        <button
          type="button"
          className="button"
          id="export-pdf"
          disabled={loading}
          onClick={() => void download('PDF')}
        >
          <FormattedMessage id="admin.reports.export.pdf" />
        </button>
      </div>
      {filters.report === 'rejections' && (
        <p className="hint">
          <FormattedMessage id="admin.reports.export.allPages" />
        </p>
      )}
      <p role="status" className="reports-export__status">
        {ready && (
          <span id="export-ready" data-filename={ready}>
            <FormattedMessage id="admin.reports.export.ready" values={{ filename: ready }} />
          </span>
        )}
      </p>
      <p className="form-error" role="alert">
        {failure}
      </p>
    </div>
  );
}
