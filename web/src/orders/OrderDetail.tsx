// One order: code, quantities (the original after an approved edit), timeline of every stamp, the kitchen's and
// administrator's notes; the owner cancels it while the rules allow (MENUNGGU and ordering still open).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { problemOf } from '../api/errors';
import { problemText } from '../app/problem-text';
import { useSession } from '../app/session-context';
import { graphql } from '../gql';
import { StatusBadge } from './StatusBadge';
import { statusText } from './status';
import { hasNotes, OrderFacts, OrderNoteFacts } from './OrderFacts';
import { Timeline } from './Timeline';
import { OrderUnavailable } from './OrderUnavailable';

const OrderDoc = graphql(`
  query OrderDetail($id: Int!) {
    order(id: $id) {
      ...OrderFields
    }
  }
`);

const ClosingDoc = graphql(`
  query OrderClosing($tanggal: Date!) {
    shifts {
      id
      orderingClosesAt(tanggal: $tanggal)
    }
  }
`);

const CancelDoc = graphql(`
  mutation CancelOrder($id: Int!, $alasan: String) {
    cancelOrder(id: $id, alasan: $alasan) {
      ...OrderFields
    }
  }
`);

export function OrderDetail() {
  const intl = useIntl();
  const { user } = useSession();
  const location = useLocation();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const { data, loading, error, refetch } = useQuery(OrderDoc, { variables: { id }, skip: !valid });
  const order = data?.order;
  const closing = useQuery(ClosingDoc, {
    variables: { tanggal: order?.tanggalPesanan ?? '' },
    skip: !order || user.role !== 'EMPLOYEE' || order.statusPesanan !== 'MENUNGGU',
  });
  const [cancelOrder] = useMutation(CancelDoc);
  const [asking, setAsking] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<{ alasan: string }>();

  if (!valid || (data && !order) || problemOf(error).code === 'NOT_FOUND')
    return <OrderUnavailable state="notFound" back={{ to: '/', label: 'nav.home' }} />;
  if (!order)
    return (
      <OrderUnavailable state={loading ? 'loading' : 'noAnswer'} back={{ to: '/', label: 'nav.home' }} />
    );

  const closesAt = closing.data?.shifts.find((s) => s.id === order.shift.id)?.orderingClosesAt;
  const mayCancel =
    user.role === 'EMPLOYEE' &&
    order.statusPesanan === 'MENUNGGU' &&
    closing.data !== undefined &&
    (!closesAt || new Date(closesAt).getTime() > Date.now());

  const submitCancel = handleSubmit(async ({ alasan }) => {
    const text = alasan.trim();
    try {
      await cancelOrder({ variables: { id: order.id, alasan: text || null } });
      setAsking(false);
    } catch (e) {
      const problem = problemOf(e);
      if (problem.code === 'CONFLICT' || problem.code === 'NOT_FOUND') {
        const now = await refetch().catch(() => null);
        const status = now?.data?.order?.statusPesanan;
        setError('root', {
          message: status
            ? intl.formatMessage({ id: 'error.CONFLICT.now' }, { status: statusText(intl, status) })
            : problemText(intl, problem),
        });
        setAsking(false);
      } else if (problem.field?.endsWith('alasan'))
        setError('alasan', { message: problemText(intl, problem) });
      else setError('root', { message: problemText(intl, problem) });
    }
  });

  return (
    <section className="page order-detail" data-kode={order.kodePesanan} data-status={order.statusPesanan}>
      {(location.state as { created?: boolean } | null)?.created && (
        <p className="notice notice--success" role="status" id="order-created">
          <FormattedMessage id="detail.created" values={{ kode: order.kodePesanan }} />
        </p>
      )}
      <h1>
        <span className="order-detail__code">{order.kodePesanan}</span>
        <StatusBadge status={order.statusPesanan} />
      </h1>
      <dl className="facts">
        <OrderFacts order={order} />
      </dl>
      <Timeline order={order} />
      {hasNotes(order) && (
        <>
          <h2>
            <FormattedMessage id="detail.notes" />
          </h2>
          <dl className="facts">
            <OrderNoteFacts order={order} />
          </dl>
        </>
      )}
      <p className="form-error" role="alert">
        {formState.errors.root?.message ?? ''}
      </p>
      {mayCancel && !asking && (
        <button
          type="button"
          className="button button--danger"
          id="cancel-order"
          onClick={() => setAsking(true)}
        >
          <FormattedMessage id="detail.cancel" />
        </button>
      )}
      {mayCancel && asking && (
        <form className="card-panel" onSubmit={submitCancel} noValidate>
          <label htmlFor="alasan">
            <FormattedMessage id="detail.cancelReasonLabel" />
          </label>
          <textarea
            id="alasan"
            rows={3}
            aria-invalid={formState.errors.alasan ? true : undefined}
            aria-describedby={formState.errors.alasan ? 'alasan-error' : undefined}
            {...register('alasan', {
              validate: (value) => {
                const length = value.trim().length;
                return (
                  length === 0 ||
                  (length >= 10 && length <= 500) ||
                  intl.formatMessage({ id: 'field.alasan.invalid' })
                );
              },
            })}
          />
          {formState.errors.alasan && (
            <p className="field-error" id="alasan-error">
              {formState.errors.alasan.message}
            </p>
          )}
          <div className="buttons">
            <button
              type="submit"
              className="button button--danger"
              id="confirm-cancel"
              disabled={formState.isSubmitting}
            >
              <FormattedMessage id="detail.confirmCancel" />
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              <FormattedMessage id="detail.keep" />
            </button>
          </div>
        </form>
      )}
      <Link to={user.role === 'EMPLOYEE' ? '/orders' : '/board'} className="button button--quiet">
        <FormattedMessage id="detail.back" />
      </Link>
    </section>
  );
}
