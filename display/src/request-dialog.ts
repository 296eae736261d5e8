// The kitchen's request to reject or edit an order: a modal dialog (keyboard: Tab between fields, Escape
// cancels) asking for the note, and for an edit the new quantity. The server checks the same rules again.
import type { Action } from './board-model';
import { h } from './dom';
import type { Order } from './operations';

export interface RequestAnswer {
  note: string;
  quantity: number;
}

const MIN_NOTE = 10;

export function askForRequest(order: Order, action: Action): Promise<RequestAnswer | null> {
  const edit = action.kind === 'requestEdit';
  const note = h('textarea', { id: 'request-note', rows: 3, 'aria-describedby': 'request-error' });
  const quantity = h('input', {
    id: 'request-quantity',
    type: 'number',
    min: 1,
    max: 1000,
    value: order.jumlahPesanan,
  });
  const problem = h('p', { class: 'dialog__error', role: 'alert', id: 'request-error' });
  const cancel = h('button', { type: 'button', value: 'cancel' }, 'Cancel');
  const form = h(
    'form',
    // The rules are checked here with messages in words (the browser's own bubbles vanish after a moment).
    { method: 'dialog', novalidate: true },
    h('h2', {}, `${action.label}: ${order.kodePesanan}`),
    edit ? h('label', { for: 'request-quantity' }, 'New number of meals') : null,
    edit ? quantity : null,
    h('label', { for: 'request-note' }, `Note for the administrator (at least ${MIN_NOTE} characters)`),
    note,
    problem,
    h('div', { class: 'dialog__buttons' }, h('button', { type: 'submit' }, 'Send request'), cancel),
  );
  const dialog = h('dialog', { class: 'dialog', 'aria-label': action.label }, form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    const finish = (answer: RequestAnswer | null) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    cancel.addEventListener('click', () => finish(null));
    dialog.addEventListener('cancel', () => finish(null));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = note.value.trim();
      const amount = Number(quantity.value);
      if (text.length < MIN_NOTE) problem.textContent = `The note needs at least ${MIN_NOTE} characters.`;
      else if (
        edit &&
        (!Number.isInteger(amount) || amount < 1 || amount > 1000 || amount === order.jumlahPesanan)
      )
        problem.textContent = 'Give a different number of meals, 1 to 1000.';
      else finish({ note: text, quantity: amount });
    });
    dialog.showModal();
    (edit ? quantity : note).focus();
  });
}
