// The kitchen's request to reject or edit an order, and the administrator's decision on one: a modal dialog
// (Tab between fields, Escape cancels) asking for the note and, for an edit, the new quantity. The server checks
// the same rules again.
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Action, Order } from './board-model';

export interface RequestAnswer {
  note: string;
  quantity: number;
}

const MIN_NOTE = 10;

export function RequestDialog({
  order,
  action,
  onAnswer,
  onCancel,
}: {
  order: Order;
  action: Action;
  onAnswer: (answer: RequestAnswer) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const dialog = useRef<HTMLDialogElement>(null);
  const edit = action.kind === 'requestEdit';
  const decision = action.kind === 'approve' || action.kind === 'reject';
  const { register, handleSubmit, formState } = useForm<{ note: string; quantity: number }>({
    defaultValues: { note: '', quantity: order.jumlahPesanan },
  });
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const submit = handleSubmit(({ note, quantity }) =>
    onAnswer({ note: note.trim(), quantity: Number(quantity) }),
  );
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="request-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="request-title">
          <FormattedMessage
            id="text.titled"
            values={{ title: intl.formatMessage({ id: `action.${action.kind}` }), kode: order.kodePesanan }}
          />
        </h2>
        {edit && (
          <>
            <label htmlFor="request-quantity">
              <FormattedMessage id="request.quantity" />
            </label>
            <input
              id="request-quantity"
              type="number"
              min={1}
              max={1000}
              autoFocus
              {...register('quantity', {
                validate: (value) => {
                  const amount = Number(value);
                  return (
                    (Number.isInteger(amount) &&
                      amount >= 1 &&
                      amount <= 1000 &&
                      amount !== order.jumlahPesanan) ||
                    intl.formatMessage({ id: 'request.quantityInvalid' })
                  );
                },
              })}
            />
          </>
        )}
        <label htmlFor="request-note">
          <FormattedMessage
            id={decision ? 'request.decisionNote' : 'request.note'}
            values={{ min: MIN_NOTE }}
          />
        </label>
        <textarea
          id="request-note"
          rows={3}
          autoFocus={!edit}
          aria-describedby="request-error"
          {...register('note', {
            validate: (value) =>
              decision ||
              value.trim().length >= MIN_NOTE ||
              intl.formatMessage({ id: 'request.noteTooShort' }, { min: MIN_NOTE }),
          })}
        />
        <p className="dialog__error" role="alert" id="request-error">
          {formState.errors.quantity?.message ?? formState.errors.note?.message ?? ''}
        </p>
        <div className="dialog__buttons">
          <button type="submit" className="button button--primary">
            <FormattedMessage id={decision ? `action.${action.kind}` : 'request.send'} />
          </button>
          <button type="button" className="button" onClick={onCancel}>
            <FormattedMessage id="request.cancel" />
          </button>
        </div>
      </form>
    </dialog>
  );
}
