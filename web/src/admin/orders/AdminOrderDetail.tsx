// One order as an administrator sees it (SCREENS.md, Administrator): its fields, the timeline of its stamps, its
// whole audit history (orderHistory), a status override with a mandatory note, and a cancellation with a reason.
// A CONFLICT (someone else changed it first) is explained with the order's status now; events keep it current.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { problemOf } from '../../api/errors';
import { problemText } from '../../app/problem-text';
import { graphql } from '../../gql';
import type { OrderStatus } from '../../gql/graphql';
import { AreaMessages } from '../../i18n/AreaMessages';
import { formatWaktu } from '../../i18n/format';
import { useLive } from '../../live/live';
import { StatusBadge } from '../../orders/StatusBadge';
import { ORDER_STATUSES, statusText } from '../../orders/status';
import en from './i18n/en.json';
import id from './i18n/id.json';
import { LateMark } from './LateMark';
import '../admin.css';
import { Timeline } from '../../orders/Timeline';
import { OrderFacts, OrderNoteFacts } from '../../orders/OrderFacts';
import { OrderUnavailable } from '../../orders/OrderUnavailable';

const AdminOrderDoc = graphql(`
  query AdminOrder($id: Int!) {
    order(id: $id) {
      ...OrderFields
      requestedBy {
        id
        namaLengkap
        nomorIndukKaryawan
      }
      approvedBy {
        id
        namaLengkap
        nomorIndukKaryawan
      }
    }
  }
`);

const HistoryDoc = graphql(`
  query AdminOrderHistory($kode: String!) {
    orderHistory(kodePesanan: $kode) {
      id
      timestamp
      aksi
      detail
      user {
        id
        namaLengkap
        nomorIndukKaryawan
      }
    }
  }
`);

const OverrideDoc = graphql(`
  mutation AdminOverrideStatus($id: Int!, $status: OrderStatus!, $catatan: String) {
    updateOrderStatus(id: $id, status: $status, catatan: $catatan) {
      ...OrderFields
    }
  }
`);

const AdminCancelDoc = graphql(`
  mutation AdminCancelOrder($id: Int!, $alasan: String) {
    cancelOrder(id: $id, alasan: $alasan) {
      ...OrderFields
    }
  }
`);

/** Statuses no cancellation leaves (the API's workflow table decides; the button is only not offered here). */
const FINAL: OrderStatus[] = ['COMPLETE', 'DITOLAK', 'DIBATALKAN'];
/** Reached only through a kitchen request or a cancellation, never by override (the API refuses them). */
const NOT_BY_OVERRIDE: OrderStatus[] = ['MENUNGGU_PERSETUJUAN', 'DIBATALKAN'];

export function AdminOrderDetail() {
  return (
    <AreaMessages catalogues={{ id, en }}>
      <DetailScreen />
    </AreaMessages>
  );
}

function DetailScreen() {
  const intl = useIntl();
  const live = useLive();
  const location = useLocation();
  const orderId = Number(useParams().id);
  const valid = Number.isInteger(orderId) && orderId > 0;
  const { data, loading, error, refetch } = useQuery(AdminOrderDoc, {
    variables: { id: orderId },
    skip: !valid,
  });
  const order = data?.order;
  const history = useQuery(HistoryDoc, {
    variables: { kode: order?.kodePesanan ?? '' },
    skip: !order,
    fetchPolicy: 'network-only',
  });
  const refetchHistory = history.refetch;
  useEffect(
    () =>
      live.onEvent((event) => {
        if (event.order.id === orderId) void refetchHistory().catch(() => undefined);
      }),
    [live, orderId, refetchHistory],
  );

  /** The words for a refusal: a CONFLICT says what the order is now (read again from the API). */
  const explain = async (e: unknown): Promise<string> => {
    const problem = problemOf(e);
    if (problem.code === 'CONFLICT') {
      const now = await refetch().catch(() => null);
      const status = now?.data?.order?.statusPesanan;
      if (status)
        return intl.formatMessage({ id: 'error.CONFLICT.now' }, { status: statusText(intl, status) });
    }
    return problemText(intl, problem);
  };

  if (!valid || (data && !order) || problemOf(error).code === 'NOT_FOUND')
    return (
      <OrderUnavailable state="notFound" back={{ to: '/admin/orders', label: 'admin.orders.back' }} wide />
    );
  if (!order)
    return (
      <OrderUnavailable
        state={loading ? 'loading' : 'noAnswer'}
        back={{ to: '/admin/orders', label: 'admin.orders.back' }}
        wide
      />
    );

  return (
    <section
      className="page page--wide admin-orders-detail"
      data-kode={order.kodePesanan}
      data-status={order.statusPesanan}
    >
      {(location.state as { created?: boolean } | null)?.created && (
        <p className="notice notice--success" role="status" id="order-created">
          <FormattedMessage id="detail.created" values={{ kode: order.kodePesanan }} />
        </p>
      )}
      <Link to="/admin/orders" className="button button--quiet">
        <FormattedMessage id="admin.orders.back" />
      </Link>
      <h1 className="admin-orders-detail__title">
        <span>{order.kodePesanan}</span>
        <StatusBadge status={order.statusPesanan} />
        <LateMark order={order} />
      </h1>
      <div className="admin-orders-detail__grid">
        <div>
          <h2>
            <FormattedMessage id="admin.orders.detail.fields" />
          </h2>
          <dl className="facts" id="order-facts">
            <OrderFacts order={order} withNik />
            {order.approvalRequestType && (
              <>
                <dt>
                  <FormattedMessage id="admin.orders.detail.request" />
                </dt>
                <dd id="detail-request">
                  <FormattedMessage
                    id="admin.orders.detail.requestValue"
                    values={{
                      type: intl.formatMessage({ id: `admin.orders.request.${order.approvalRequestType}` }),
                      state: intl.formatMessage({
                        id: `admin.orders.approval.${order.approvalStatus ?? 'PENDING'}`,
                      }),
                      by: order.requestedBy?.namaLengkap ?? '—',
                    }}
                  />
                  {order.approvedBy && (
                    <FormattedMessage
                      id="admin.orders.detail.decidedBy"
                      values={{ name: order.approvedBy.namaLengkap }}
                    />
                  )}
                </dd>
              </>
            )}
            <OrderNoteFacts order={order} />
          </dl>
          <Timeline order={order} />
        </div>
        <div>
          {order.statusPesanan === 'MENUNGGU_PERSETUJUAN' ? (
            <p className="notice" id="override-awaiting">
              <FormattedMessage id="admin.orders.override.awaiting" />
              <Link to="/admin/approvals">
                <FormattedMessage id="admin.orders.override.toApprovals" />
              </Link>
            </p>
          ) : (
            <OverrideForm id={order.id} current={order.statusPesanan} explain={explain} />
          )}
          {!FINAL.includes(order.statusPesanan) && <CancelForm id={order.id} explain={explain} />}
        </div>
      </div>
      <h2 id="history-title">
        <FormattedMessage id="admin.orders.history.title" />
      </h2>
      {history.loading && !history.data && (
        <p role="status">
          <FormattedMessage id="app.loading" />
        </p>
      )}
      {history.data && (
        <div className="admin-orders-scroll">
          <table className="admin-orders-table" id="order-history" aria-labelledby="history-title">
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="admin.orders.history.time" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.orders.history.who" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.orders.history.action" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.orders.history.detail" />
                </th>
              </tr>
            </thead>
            <tbody>
              {history.data.orderHistory.map((entry) => (
                <tr key={entry.id} data-aksi={entry.aksi}>
                  <td>
                    <time dateTime={entry.timestamp}>{formatWaktu(intl, entry.timestamp)}</time>
                  </td>
                  <td>
                    {entry.user ? (
                      <FormattedMessage
                        id="text.pair"
                        values={{ first: entry.user.namaLengkap, second: entry.user.nomorIndukKaryawan }}
                      />
                    ) : (
                      <FormattedMessage id="admin.orders.history.system" />
                    )}
                  </td>
                  <td>
                    <code>{entry.aksi}</code>
                  </td>
                  <td>{entry.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function OverrideForm({
  id,
  current,
  explain,
}: {
  id: number;
  current: OrderStatus;
  explain: (e: unknown) => Promise<string>;
}) {
  const intl = useIntl();
  const [override] = useMutation(OverrideDoc);
  const [done, setDone] = useState<OrderStatus | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<{ status: string; catatan: string }>(
    {
      defaultValues: { status: '', catatan: '' },
    },
  );
  const targets = ORDER_STATUSES.filter((s) => s !== current && !NOT_BY_OVERRIDE.includes(s));
  const submit = handleSubmit(async ({ status, catatan }) => {
    setDone(null);
    try {
      const result = await override({
        variables: { id, status: status as OrderStatus, catatan: catatan.trim() },
      });
      reset({ status: '', catatan: '' });
      setDone(result.data?.updateOrderStatus.statusPesanan ?? null);
    } catch (e) {
      const problem = problemOf(e);
      const field = problem.field?.split('.').pop();
      if (problem.code === 'BAD_USER_INPUT' && field === 'catatan')
        setError('catatan', { message: intl.formatMessage({ id: 'admin.orders.override.noteInvalid' }) });
      else setError('root', { message: await explain(e) });
    }
  });
  const errors = formState.errors;
  return (
    <form className="card-panel admin-orders-action" id="override-form" onSubmit={submit} noValidate>
      <h2>
        <FormattedMessage id="admin.orders.override.title" />
      </h2>
      <label htmlFor="override-status">
        <FormattedMessage id="admin.orders.override.status" />
      </label>
      <select
        id="override-status"
        aria-invalid={errors.status ? true : undefined}
        aria-describedby={errors.status ? 'override-status-error' : undefined}
        {...register('status', {
          required: intl.formatMessage({ id: 'admin.orders.override.chooseStatus' }),
        })}
      >
        <option value="">{intl.formatMessage({ id: 'admin.orders.override.chooseStatus' })}</option>
        {targets.map((s) => (
          <option key={s} value={s}>
            {statusText(intl, s)}
          </option>
        ))}
      </select>
      {errors.status && (
        <p className="field-error" id="override-status-error">
          {errors.status.message}
        </p>
      )}
      <label htmlFor="override-catatan">
        <FormattedMessage id="admin.orders.override.note" />
      </label>
      <textarea
        id="override-catatan"
        rows={3}
        aria-invalid={errors.catatan ? true : undefined}
        aria-describedby={errors.catatan ? 'override-catatan-error' : undefined}
        {...register('catatan', {
          // The note is mandatory (DOMAIN.md); its length rule is the API's, explained when it refuses.
          validate: (value) =>
            value.trim() !== '' || intl.formatMessage({ id: 'admin.orders.override.noteRequired' }),
        })}
      />
      {errors.catatan && (
        <p className="field-error" id="override-catatan-error">
          {errors.catatan.message}
        </p>
      )}
      <p className="form-error" role="alert" id="override-error">
        {errors.root?.message ?? ''}
      </p>
      {done && (
        <p className="notice notice--success" role="status" id="override-done">
          <FormattedMessage id="admin.orders.override.done" values={{ status: statusText(intl, done) }} />
        </p>
      )}
      <button
        type="submit"
        className="button button--primary"
        id="override-submit"
        disabled={formState.isSubmitting}
      >
        <FormattedMessage id="admin.orders.override.submit" />
      </button>
    </form>
  );
}

function CancelForm({ id, explain }: { id: number; explain: (e: unknown) => Promise<string> }) {
  const intl = useIntl();
  const [cancel] = useMutation(AdminCancelDoc);
  const { register, handleSubmit, setError, formState } = useForm<{ alasan: string }>({
    defaultValues: { alasan: '' },
  });
  const submit = handleSubmit(async ({ alasan }) => {
    try {
      await cancel({ variables: { id, alasan: alasan.trim() } });
    } catch (e) {
      const problem = problemOf(e);
      const field = problem.field?.split('.').pop();
      if (problem.code === 'BAD_USER_INPUT' && field === 'alasan')
        setError('alasan', { message: intl.formatMessage({ id: 'admin.orders.cancel.reasonInvalid' }) });
      else setError('root', { message: await explain(e) });
    }
  });
  const errors = formState.errors;
  return (
    <form className="card-panel admin-orders-action" id="cancel-form" onSubmit={submit} noValidate>
      <h2>
        <FormattedMessage id="admin.orders.cancel.title" />
      </h2>
      <label htmlFor="cancel-alasan">
        <FormattedMessage id="admin.orders.cancel.reason" />
      </label>
      <textarea
        id="cancel-alasan"
        rows={3}
        aria-invalid={errors.alasan ? true : undefined}
        aria-describedby={errors.alasan ? 'cancel-alasan-error' : undefined}
        {...register('alasan', {
          validate: (value) =>
            value.trim() !== '' || intl.formatMessage({ id: 'admin.orders.cancel.reasonRequired' }),
        })}
      />
      {errors.alasan && (
        <p className="field-error" id="cancel-alasan-error">
          {errors.alasan.message}
        </p>
      )}
      <p className="form-error" role="alert" id="cancel-error">
        {errors.root?.message ?? ''}
      </p>
      <button
        type="submit"
        className="button button--danger"
        id="cancel-submit"
        disabled={formState.isSubmitting}
      >
        <FormattedMessage id="admin.orders.cancel.submit" />
      </button>
    </form>
  );
}
