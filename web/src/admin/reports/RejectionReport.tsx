// Rejection and edit requests, whatever became of them: a table, paged on the server (newest first).
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatTanggal, formatWaktu } from '../../i18n/format';
import { StatusBadge } from '../../orders/StatusBadge';
import { type ReportFilters, rejectionFilter } from './filters';
import { RejectionReportDoc } from './operations';
import { ReportState, useNumber } from './shared';
import { Pager } from '../../ui/Pager';

export function RejectionReport({ filters, onPage }: { filters: ReportFilters; onPage(page: number): void }) {
  const intl = useIntl();
  const number = useNumber();
  const { data, loading, error } = useQuery(RejectionReportDoc, {
    variables: { filter: rejectionFilter(filters), page: filters.page },
  });
  const report = data?.rejectionReport;
  return (
    <div className="reports-body" id="rejections-report" aria-busy={loading}>
      <h2>
        <FormattedMessage id="admin.reports.rejections.title" />
      </h2>
      <ReportState loading={loading && !data} error={error} empty={!!report && report.total === 0} />
      {report && report.items.length > 0 && (
        <>
          <p className="hint" id="rejections-count">
            <FormattedMessage id="admin.reports.rejections.count" values={{ total: report.total }} />
          </p>
          <div className="reports-scroll">
            <table className="reports-table" id="rejections-table">
              <caption>
                <FormattedMessage id="admin.reports.rejections.title" />
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="admin.reports.col.kode" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="admin.reports.col.date" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="admin.reports.col.orderedBy" />
                  </th>
                  <th scope="col" className="num">
                    <FormattedMessage id="admin.reports.col.meals" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="admin.reports.col.request" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="admin.reports.approvalStatus" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="filter.status" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="admin.reports.col.notes" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.items.map(({ order, requestType, approvalStatus }) => (
                  <tr key={order.id} data-kode={order.kodePesanan}>
                    <th scope="row">
                      <Link to={`/admin/orders/${order.id}`}>{order.kodePesanan}</Link>
                      <span className="reports-sub">{formatWaktu(intl, order.waktuDibuat)}</span>
                    </th>
                    <td>
                      <FormattedMessage
                        id="text.pair"
                        values={{
                          first: formatTanggal(intl, order.tanggalPesanan, false),
                          second: order.shift.namaShift,
                        }}
                      />
                    </td>
                    <td>
                      {order.pemesan.namaLengkap}
                      <span className="reports-sub">
                        <FormattedMessage
                          id="text.pair"
                          values={{
                            first: order.pemesan.nomorIndukKaryawan,
                            second: order.department.namaDivisi,
                          }}
                        />
                      </span>
                    </td>
                    <td className="num" data-field="jumlahPesanan">
                      {order.jumlahPesananAwal != null && order.jumlahPesananAwal !== order.jumlahPesanan ? (
                        <FormattedMessage
                          id="admin.reports.mealsChanged"
                          values={{ from: number(order.jumlahPesananAwal), to: number(order.jumlahPesanan) }}
                        />
                      ) : (
                        number(order.jumlahPesanan)
                      )}
                    </td>
                    <td data-field="requestType" data-value={requestType}>
                      <FormattedMessage id={`admin.reports.request.${requestType}`} />
                    </td>
                    <td data-field="approvalStatus" data-value={approvalStatus}>
                      <FormattedMessage id={`admin.reports.approval.${approvalStatus}`} />
                    </td>
                    <td>
                      <StatusBadge status={order.statusPesanan} />
                    </td>
                    <td className="reports-notes">
                      {order.catatanDapur && (
                        <span>
                          <FormattedMessage
                            id="admin.reports.kitchenNote"
                            values={{ note: order.catatanDapur }}
                          />
                        </span>
                      )}
                      {order.catatanAdmin && (
                        <span>
                          <FormattedMessage
                            id="admin.reports.adminNote"
                            values={{ note: order.catatanAdmin }}
                          />
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.totalPages > 1 && (
            <Pager
              page={report.page}
              pages={report.totalPages}
              total={report.total}
              position="admin.reports.pager"
              onPage={onPage}
            />
          )}
        </>
      )}
    </div>
  );
}
