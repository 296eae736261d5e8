// Ordering as an administrator. The API's createOrder has no field for another employee: the order is placed in
// the administrator's own name and department (DOMAIN.md, Orders). Administrators are exempt from the cut-off: a
// shift whose ordering has closed is still offered, marked late (the server audits the order as late).
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { problemOf } from '../../api/errors';
import { problemText } from '../../app/problem-text';
import { useSession } from '../../app/session-context';
import { graphql } from '../../gql';
import { formatJam } from '../../i18n/format';
import { businessDate } from '../../i18n/locale';

const ShiftsDoc = graphql(`
  query AdminNewOrderShifts($tanggal: Date!) {
    shifts {
      id
      namaShift
      jamMulai
      jamSelesai
      orderingClosesAt(tanggal: $tanggal)
    }
  }
`);

const CreateDoc = graphql(`
  mutation AdminCreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) {
      ...OrderFields
    }
  }
`);

interface Fields {
  tanggalPesanan: string;
  shiftId: string;
  jumlahPesanan: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function AdminNewOrder() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { user } = useSession();
  const today = businessDate();
  const { register, handleSubmit, setError, watch, formState } = useForm<Fields>({
    defaultValues: { tanggalPesanan: today, shiftId: '', jumlahPesanan: '1' },
  });
  const tanggal = watch('tanggalPesanan');
  const validDate = DATE.test(tanggal) && tanggal >= today;
  const shifts = useQuery(ShiftsDoc, { variables: { tanggal: validDate ? tanggal : today } });
  const [createOrder] = useMutation(CreateDoc);
  const chosen = shifts.data?.shifts.find((s) => String(s.id) === watch('shiftId'));
  const closedAt =
    chosen?.orderingClosesAt && new Date(chosen.orderingClosesAt).getTime() <= Date.now()
      ? chosen.orderingClosesAt
      : null;

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
      if (order) navigate(`/admin/orders/${order.id}`, { state: { created: true } });
    } catch (error) {
      const problem = problemOf(error);
      const field = problem.field?.split('.').pop();
      if (field === 'departmentId')
        setError('root', { message: intl.formatMessage({ id: 'admin.orders.new.noDepartment' }) });
      else if (field === 'jumlahPesanan' || field === 'tanggalPesanan' || field === 'shiftId')
        setError(field, { message: problemText(intl, problem) });
      else setError('root', { message: problemText(intl, problem) });
    }
  });
  const errors = formState.errors;
  const describe = (field: keyof Fields) => (errors[field] ? `new-${field}-error` : undefined);

  return (
    <details className="admin-orders-new" id="admin-new-order">
      <summary>
        <FormattedMessage id="admin.orders.new.title" />
      </summary>
      <p className="hint" id="new-order-who">
        <FormattedMessage
          id="admin.orders.new.who"
          values={{
            name: user.namaLengkap,
            nik: user.nomorIndukKaryawan,
            department: user.department?.namaDivisi ?? '—',
          }}
        />
      </p>
      <form className="card-panel" onSubmit={submit} noValidate>
        <label htmlFor="new-tanggalPesanan">
          <FormattedMessage id="admin.orders.new.date" />
        </label>
        <input
          id="new-tanggalPesanan"
          type="date"
          min={today}
          aria-invalid={errors.tanggalPesanan ? true : undefined}
          aria-describedby={describe('tanggalPesanan')}
          {...register('tanggalPesanan', {
            validate: (value) =>
              (DATE.test(value) && value >= today) ||
              intl.formatMessage({ id: 'admin.orders.new.dateInPast' }),
          })}
        />
        {errors.tanggalPesanan && (
          <p className="field-error" id="new-tanggalPesanan-error">
            {errors.tanggalPesanan.message}
          </p>
        )}
        <label htmlFor="new-shiftId">
          <FormattedMessage id="admin.orders.new.shift" />
        </label>
        <select
          id="new-shiftId"
          aria-invalid={errors.shiftId ? true : undefined}
          aria-describedby={[describe('shiftId'), closedAt ? 'new-late' : undefined]
            .filter(Boolean)
            .join(' ')}
          {...register('shiftId', {
            required: intl.formatMessage({ id: 'admin.orders.new.chooseShift' }),
          })}
        >
          <option value="">{intl.formatMessage({ id: 'admin.orders.new.chooseShift' })}</option>
          {(shifts.data?.shifts ?? []).map((shift) => (
            <option key={shift.id} value={shift.id}>
              {intl.formatMessage(
                { id: 'text.shiftTimes' },
                { shift: shift.namaShift, from: shift.jamMulai, to: shift.jamSelesai },
              )}
            </option>
          ))}
        </select>
        {errors.shiftId && (
          <p className="field-error" id="new-shiftId-error">
            {errors.shiftId.message}
          </p>
        )}
        {closedAt && (
          <p className="notice notice--warning" id="new-late">
            <FormattedMessage id="admin.orders.new.late" values={{ time: formatJam(intl, closedAt) }} />
          </p>
        )}
        <label htmlFor="new-jumlahPesanan">
          <FormattedMessage id="admin.orders.new.quantity" />
        </label>
        <input
          id="new-jumlahPesanan"
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          aria-invalid={errors.jumlahPesanan ? true : undefined}
          aria-describedby={describe('jumlahPesanan')}
          {...register('jumlahPesanan', {
            validate: (value) => {
              const n = Number(value);
              return (
                (Number.isInteger(n) && n >= 1 && n <= 1000) ||
                intl.formatMessage({ id: 'field.jumlahPesanan.invalid' })
              );
            },
          })}
        />
        {errors.jumlahPesanan && (
          <p className="field-error" id="new-jumlahPesanan-error">
            {errors.jumlahPesanan.message}
          </p>
        )}
        <p className="form-error" role="alert">
          {errors.root?.message ?? ''}
        </p>
        <button
          type="submit"
          className="button button--primary"
          id="new-order-submit"
          disabled={formState.isSubmitting}
        >
          <FormattedMessage id="admin.orders.new.submit" />
        </button>
      </form>
    </details>
  );
}
