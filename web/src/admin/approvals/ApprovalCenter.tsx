// The administrators' approval center (SCREENS.md, Administrator): the kitchen's pending rejection and edit
// requests (pendingApprovals, across dates) with the kitchen's note, the quantities and the status the order had
// before the request; approve or reject each with a note (decideApproval). New requests appear as they arrive (the
// app's stream evicts pendingApprovals); the decision reaches the kitchen's and the employee's screens through the
// server's events.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { problemOf } from '../../api/errors';
import { problemText } from '../../app/problem-text';
import { graphql } from '../../gql';
import type { ApprovalDecision, OrderStatus } from '../../gql/graphql';
import { AreaMessages } from '../../i18n/AreaMessages';
import { formatTanggal, formatWaktu } from '../../i18n/format';
import { StatusBadge } from '../../orders/StatusBadge';
import { ORDER_STATUSES, statusText } from '../../orders/status';
import en from './i18n/en.json';
import id from './i18n/id.json';
import '../admin.css';

export const PendingDoc = graphql(`
  query AdminPendingApprovals {
    pendingApprovals {
      ...OrderFields
      requestedBy {
        id
        namaLengkap
        nomorIndukKaryawan
      }
    }
  }
`);

const RequestHistoryDoc = graphql(`
  query AdminRequestHistory($kode: String!) {
    orderHistory(kodePesanan: $kode) {
      id
      timestamp
      aksi
      detail
    }
  }
`);

const DecideDoc = graphql(`
  mutation AdminDecideApproval($id: Int!, $decision: ApprovalDecision!, $catatanAdmin: String) {
    decideApproval(id: $id, decision: $decision, catatanAdmin: $catatanAdmin) {
      ...OrderFields
    }
  }
`);

const CurrentStatusDoc = graphql(`
  query AdminApprovalOrderNow($id: Int!) {
    order(id: $id) {
      id
      statusPesanan
      approvalStatus
    }
  }
`);

type Pending = NonNullable<ReturnType<typeof usePending>['data']>['pendingApprovals'][number];

function usePending() {
  return useQuery(PendingDoc, { fetchPolicy: 'cache-and-network' });
}

interface Decided {
  kode: string;
  id: number;
  decision: ApprovalDecision;
  status: OrderStatus;
}

export function ApprovalCenter() {
  return (
    <AreaMessages catalogues={{ id, en }}>
      <CenterScreen />
    </AreaMessages>
  );
}

function CenterScreen() {
  const { data, loading, error } = usePending();
  const [decided, setDecided] = useState<Decided[]>([]);
  const pending = data?.pendingApprovals ?? [];
  return (
    <section className="page page--wide admin-approvals">
      <h1>
        <FormattedMessage id="admin.approvals.title" />
      </h1>
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
      {data && (
        <p id="approvals-count" data-count={pending.length} role="status">
          <FormattedMessage id="admin.approvals.count" values={{ count: pending.length }} />
        </p>
      )}
      <ul className="admin-approvals-list" id="admin-pending">
        {pending.map((order) => (
          <li key={order.id}>
            <Request order={order} onDecided={(d) => setDecided((list) => [d, ...list].slice(0, 20))} />
          </li>
        ))}
      </ul>
      <h2>
        <FormattedMessage id="admin.approvals.decided" />
      </h2>
      {decided.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="admin.approvals.noneDecided" />
        </p>
      ) : (
        <ul className="admin-approvals-decided" id="admin-decided">
          {decided.map((d) => (
            <li key={`${d.id}-${d.decision}`} data-kode={d.kode}>
              <Link to={`/admin/orders/${d.id}`}>{d.kode}</Link>
              <FormattedMessage id={`admin.approvals.decision.${d.decision}`} />
              <StatusBadge status={d.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The status the order had before the request: the audit history's change into MENUNGGU_PERSETUJUAN. */
function usePreviousStatus(kode: string): OrderStatus | null {
  const { data } = useQuery(RequestHistoryDoc, { variables: { kode }, fetchPolicy: 'cache-first' });
  if (!data) return null;
  const pattern = /status changed: ([A-Z_]+) -> MENUNGGU_PERSETUJUAN/;
  for (const entry of [...data.orderHistory].reverse()) {
    const from = entry.aksi === 'ORDER_STATUS_CHANGED' ? pattern.exec(entry.detail ?? '')?.[1] : undefined;
    const status = ORDER_STATUSES.find((s) => s === from);
    if (status) return status;
  }
  // A request the original system stored has no such row: DOMAIN.md takes its previous status as MENUNGGU.
  return 'MENUNGGU';
}

function Request({ order, onDecided }: { order: Pending; onDecided: (decided: Decided) => void }) {
  const intl = useIntl();
  const previous = usePreviousStatus(order.kodePesanan);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [decide] = useMutation(DecideDoc);
  const client = useApolloClient();
  const noteId = `note-${order.id}`;
  const errorId = `decision-error-${order.id}`;
  const edit = order.approvalRequestType === 'EDIT';

  const submit = async (decision: ApprovalDecision) => {
    setBusy(true);
    setProblem('');
    try {
      const result = await decide({
        variables: { id: order.id, decision, catatanAdmin: note.trim() || null },
        update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'pendingApprovals' }),
      });
      const after = result.data?.decideApproval;
      if (after) onDecided({ kode: after.kodePesanan, id: after.id, decision, status: after.statusPesanan });
    } catch (e) {
      const found = problemOf(e);
      if (found.code === 'CONFLICT') {
        const now = await client
          .query({ query: CurrentStatusDoc, variables: { id: order.id }, fetchPolicy: 'network-only' })
          .catch(() => null);
        const status = now?.data?.order?.statusPesanan;
        setProblem(
          status
            ? intl.formatMessage({ id: 'admin.approvals.conflict' }, { status: statusText(intl, status) })
            : problemText(intl, found),
        );
      } else if (found.code === 'BAD_USER_INPUT' && found.field?.endsWith('catatanAdmin'))
        setProblem(intl.formatMessage({ id: 'admin.approvals.noteInvalid' }));
      else setProblem(problemText(intl, found));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      className="admin-approvals-request"
      data-kode={order.kodePesanan}
      data-type={order.approvalRequestType ?? ''}
      aria-labelledby={`request-${order.id}`}
    >
      <h2 id={`request-${order.id}`} className="admin-approvals-request__title">
        <Link to={`/admin/orders/${order.id}`}>{order.kodePesanan}</Link>
        <span className="admin-approvals-type">
          <FormattedMessage id={`admin.approvals.type.${order.approvalRequestType ?? 'REJECT'}`} />
        </span>
      </h2>
      <dl className="facts">
        <dt>
          <FormattedMessage id="admin.approvals.order" />
        </dt>
        <dd>
          <FormattedMessage
            id="text.triple"
            values={{
              first: formatTanggal(intl, order.tanggalPesanan),
              second: order.shift.namaShift,
              third: order.department.namaDivisi,
            }}
          />
        </dd>
        <dt>
          <FormattedMessage id="admin.approvals.orderedBy" />
        </dt>
        <dd>
          <FormattedMessage
            id="text.pair"
            values={{ first: order.pemesan.namaLengkap, second: order.pemesan.nomorIndukKaryawan }}
          />
        </dd>
        <dt>
          <FormattedMessage id="admin.approvals.quantity" />
        </dt>
        <dd className="admin-approvals-quantity">
          {edit ? (
            <FormattedMessage
              id="admin.approvals.quantityEdit"
              values={{ from: order.jumlahPesananAwal ?? order.jumlahPesanan, to: order.jumlahPesanan }}
            />
          ) : (
            <FormattedMessage id="order.meals" values={{ count: order.jumlahPesanan }} />
          )}
        </dd>
        <dt>
          <FormattedMessage id="admin.approvals.previous" />
        </dt>
        <dd className="admin-approvals-previous" data-previous={previous ?? ''}>
          {previous ? <StatusBadge status={previous} /> : <FormattedMessage id="app.loading" />}
        </dd>
        <dt>
          <FormattedMessage id="admin.approvals.kitchenNote" />
        </dt>
        <dd className="admin-approvals-note">
          <FormattedMessage
            id="admin.approvals.kitchenNoteValue"
            values={{
              text: order.catatanDapur ?? '',
              by: order.requestedBy?.namaLengkap ?? '—',
            }}
          />
        </dd>
        <dt>
          <FormattedMessage id="admin.approvals.placed" />
        </dt>
        <dd>
          <time dateTime={order.waktuDibuat}>{formatWaktu(intl, order.waktuDibuat)}</time>
        </dd>
      </dl>
      <label htmlFor={noteId}>
        <FormattedMessage id="admin.approvals.note" />
      </label>
      <textarea
        id={noteId}
        className="admin-approvals-note-input"
        rows={2}
        value={note}
        aria-describedby={problem ? errorId : undefined}
        onChange={(e) => setNote(e.target.value)}
      />
      <p className="form-error" role="alert" id={errorId}>
        {problem}
      </p>
      <div className="buttons">
        <button
          type="button"
          className="button button--primary admin-approvals-approve"
          disabled={busy}
          onClick={() => void submit('APPROVED')}
        >
          <FormattedMessage id={edit ? 'admin.approvals.approveEdit' : 'admin.approvals.approveReject'} />
        </button>
        <button
          type="button"
          className="button admin-approvals-reject"
          disabled={busy}
          onClick={() => void submit('REJECTED')}
        >
          <FormattedMessage id="admin.approvals.reject" />
        </button>
      </div>
    </article>
  );
}
