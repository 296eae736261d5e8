// The facts of an order that both detail pages show, the employee's (OrderDetail) and the administrators'
// (admin/orders/AdminOrderDetail), as <dt>/<dd> pairs for the caller's <dl>. Names and notes are isolated from the
// direction of the text around them (<bdi>, dir="auto"): a name or note in a right-to-left script cannot reorder
// the line it stands in.
import { Fragment } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatTanggal } from '../i18n/format';

interface FactsOrder {
  tanggalPesanan: string;
  shift: { namaShift: string; jamMulai: string; jamSelesai: string };
  jumlahPesanan: number;
  jumlahPesananAwal?: number | null;
  pemesan: { namaLengkap: string; nomorIndukKaryawan?: string };
  department: { namaDivisi: string };
}

/** Date, shift, quantity (and what it was before an edit) and who ordered it (with the NIK when `withNik`). */
export function OrderFacts({ order, withNik = false }: { order: FactsOrder; withNik?: boolean }) {
  const intl = useIntl();
  const name = <bdi>{order.pemesan.namaLengkap}</bdi>;
  const department = <bdi>{order.department.namaDivisi}</bdi>;
  return (
    <>
      <dt>
        <FormattedMessage id="detail.date" />
      </dt>
      <dd>{formatTanggal(intl, order.tanggalPesanan)}</dd>
      <dt>
        <FormattedMessage id="detail.shift" />
      </dt>
      <dd>
        <FormattedMessage
          id="text.shiftTimes"
          values={{
            shift: <bdi>{order.shift.namaShift}</bdi>,
            from: order.shift.jamMulai,
            to: order.shift.jamSelesai,
          }}
        />
      </dd>
      <dt>
        <FormattedMessage id="detail.quantity" />
      </dt>
      <dd id="detail-quantity">
        <FormattedMessage id="order.meals" values={{ count: order.jumlahPesanan }} />
        {order.jumlahPesananAwal != null && (
          <FormattedMessage id="detail.originally" values={{ count: order.jumlahPesananAwal }} />
        )}
      </dd>
      <dt>
        <FormattedMessage id="detail.orderedBy" />
      </dt>
      <dd>
        {withNik && order.pemesan.nomorIndukKaryawan !== undefined ? (
          <FormattedMessage
            id="text.triple"
            values={{ first: name, second: order.pemesan.nomorIndukKaryawan, third: department }}
          />
        ) : (
          <FormattedMessage id="text.pair" values={{ first: name, second: department }} />
        )}
      </dd>
    </>
  );
}

interface NotesOrder {
  catatanDapur?: string | null;
  catatanAdmin?: string | null;
  alasanPembatalan?: string | null;
}

export const hasNotes = (order: NotesOrder): boolean =>
  Boolean(order.catatanDapur || order.catatanAdmin || order.alasanPembatalan);

/** The kitchen's note, the administrator's note and the reason of a cancellation, those there are. */
export function OrderNoteFacts({ order }: { order: NotesOrder }) {
  const notes = [
    { id: 'detail-kitchen-note', label: 'detail.kitchenNote', text: order.catatanDapur },
    { id: 'detail-admin-note', label: 'detail.adminNote', text: order.catatanAdmin },
    { id: 'detail-cancel-reason', label: 'detail.cancelReason', text: order.alasanPembatalan },
  ];
  return (
    <>
      {notes.map(
        (note) =>
          note.text && (
            <Fragment key={note.id}>
              <dt>
                <FormattedMessage id={note.label} />
              </dt>
              <dd id={note.id} dir="auto">
                {note.text}
              </dd>
            </Fragment>
          ),
      )}
    </>
  );
}
