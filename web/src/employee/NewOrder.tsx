// Ordering a meal: date (today by default, never in the past), shift (only those still open for that date, each
// with until when), number of meals (1–1000). The server decides; its refusal is shown next to the field it
// concerns and nothing typed is lost.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { problemOf } from '../api/errors';
import { problemText } from '../app/problem-text';
import { graphql } from '../gql';
import { formatJam, formatTanggal } from '../i18n/format';
import { businessDate } from '../i18n/locale';

const ShiftsDoc = graphql(`
  query OrderShifts($tanggal: Date!) {
    shifts {
      id
      namaShift
      jamMulai
      jamSelesai
      orderingClosesAt(tanggal: $tanggal)
    }
  }
`);

const CreateOrderDoc = graphql(`
  mutation CreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) {
      ...OrderFields
    }
  }
`);

interface Fields {
  tanggalPesanan: string;
  shiftId: string;
  jumlahPesanan: number;
}

/** Re-reads "now" every 15 s, so a shift whose ordering closes while the form is open stops being offered. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function NewOrder() {
  const intl = useIntl();
  const navigate = useNavigate();
  const now = useNow();
  const today = businessDate();
  const { register, handleSubmit, setError, watch, formState, setValue } = useForm<Fields>({
    defaultValues: { tanggalPesanan: today, shiftId: '', jumlahPesanan: 1 },
  });
  const tanggal = watch('tanggalPesanan');
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(tanggal) && tanggal >= today;
  const shifts = useQuery(ShiftsDoc, {
    variables: { tanggal: validDate ? tanggal : today },
    fetchPolicy: 'cache-and-network',
  });
  const [createOrder] = useMutation(CreateOrderDoc);
  const all = shifts.data?.shifts ?? [];
  const isOpen = (closesAt: string | null | undefined) => !closesAt || new Date(closesAt).getTime() > now;
  const open = all.filter((shift) => isOpen(shift.orderingClosesAt));
  const closed = all.filter((shift) => !isOpen(shift.orderingClosesAt));
  const chosen = watch('shiftId');
  const quantity = watch('jumlahPesanan');
  useEffect(() => {
    // The first open shift by default; a chosen shift that closed is unchosen.
    if (!open.some((shift) => String(shift.id) === chosen))
      setValue('shiftId', open[0] ? String(open[0].id) : '');
  }, [open, chosen, setValue]);

  const submit = handleSubmit(async (values) => {
    try {
      const result = await createOrder({
        variables: {
          input: {
            shiftId: Number(values.shiftId),
            jumlahPesanan: Number(values.jumlahPesanan),
            tanggalPesanan: values.tanggalPesanan,
          },
        },
      });
      const order = result.data?.createOrder;
      if (order) navigate(`/orders/${order.id}`, { state: { created: true } });
    } catch (error) {
      const problem = problemOf(error);
      const message = problemText(intl, problem);
      const field = problem.field?.split('.').pop();
      if (problem.code === 'ORDERING_CLOSED') {
        setError('shiftId', { message });
        void shifts.refetch();
      } else if (field === 'jumlahPesanan' || field === 'tanggalPesanan' || field === 'shiftId')
        setError(field, { message });
      else setError('root', { message });
    }
  });
  const errors = formState.errors;
  return (
    <section className="page">
      <h1>
        <FormattedMessage id="order.title" />
      </h1>
      <form className="card-panel order-form" onSubmit={submit} noValidate>
        <label htmlFor="tanggalPesanan">
          <FormattedMessage id="order.date" />
        </label>
        <input
          id="tanggalPesanan"
          type="date"
          min={today}
          aria-invalid={errors.tanggalPesanan ? true : undefined}
          aria-describedby="tanggalPesanan-hint tanggalPesanan-error"
          {...register('tanggalPesanan', {
            validate: (value) =>
              (/^\d{4}-\d{2}-\d{2}$/.test(value) && value >= today) ||
              intl.formatMessage({ id: 'order.dateInPast' }),
          })}
        />
        <p className="hint" id="tanggalPesanan-hint">
          {validDate ? formatTanggal(intl, tanggal) : ''}
        </p>
        {errors.tanggalPesanan && (
          <p className="field-error" id="tanggalPesanan-error">
            {errors.tanggalPesanan.message}
          </p>
        )}
        <fieldset aria-describedby={errors.shiftId ? 'shiftId-error' : undefined}>
          <legend>
            <FormattedMessage id="order.shift" />
          </legend>
          {shifts.loading && !shifts.data && (
            <p role="status">
              <FormattedMessage id="app.loading" />
            </p>
          )}
          {open.map((shift) => (
            <label key={shift.id} className="choice" data-shift={shift.namaShift}>
              <input
                type="radio"
                value={String(shift.id)}
                {...register('shiftId', { required: intl.formatMessage({ id: 'order.chooseShift' }) })}
              />
              <span className="choice__title">
                <FormattedMessage
                  id="text.shiftTimes"
                  values={{ shift: <bdi>{shift.namaShift}</bdi>, from: shift.jamMulai, to: shift.jamSelesai }}
                />
              </span>
              <span className="choice__hint">
                {shift.orderingClosesAt ? (
                  <FormattedMessage
                    id="order.openUntil"
                    values={{ time: formatJam(intl, shift.orderingClosesAt) }}
                  />
                ) : (
                  <FormattedMessage id="order.noCutOff" />
                )}
              </span>
            </label>
          ))}
          {shifts.data && open.length === 0 && (
            <p className="empty" id="no-open-shift">
              <FormattedMessage id="order.noneOpen" />
            </p>
          )}
          {closed.map((shift) => (
            <p key={shift.id} className="closed-shift" data-closed-shift={shift.namaShift}>
              <FormattedMessage
                id="order.closed"
                values={{
                  shift: <bdi>{shift.namaShift}</bdi>,
                  time: formatJam(intl, shift.orderingClosesAt ?? ''),
                }}
              />
            </p>
          ))}
          {errors.shiftId && (
            <p className="field-error" id="shiftId-error" role="alert">
              {errors.shiftId.message}
            </p>
          )}
        </fieldset>
        <label htmlFor="jumlahPesanan">
          <FormattedMessage id="order.quantity" />
        </label>
        <input
          id="jumlahPesanan"
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          aria-invalid={errors.jumlahPesanan ? true : undefined}
          aria-describedby={errors.jumlahPesanan ? 'jumlahPesanan-error' : undefined}
          {...register('jumlahPesanan', {
            validate: (value) => {
              const amount = Number(value);
              return (
                (Number.isInteger(amount) && amount >= 1 && amount <= 1000) ||
                intl.formatMessage({ id: 'field.jumlahPesanan.invalid' })
              );
            },
          })}
        />
        {errors.jumlahPesanan && (
          <p className="field-error" id="jumlahPesanan-error">
            {errors.jumlahPesanan.message}
          </p>
        )}
        <button
          type="submit"
          className="button button--primary button--big"
          id="place-order"
          disabled={formState.isSubmitting || open.length === 0}
        >
          <FormattedMessage id="order.submit" values={{ count: Number(quantity) || 1 }} />
        </button>
        <p className="form-error" role="alert">
          {errors.root?.message ?? ''}
        </p>
      </form>
    </section>
  );
}
