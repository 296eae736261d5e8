// One kind of master data as a list with create, edit and delete: the same screen for departments, jabatan, shifts
// and lokasi, each kind giving its columns, fields and operations. Deleting asks first (a modal dialog: Tab moves
// between the buttons, Escape cancels); the API's CONFLICT (a name already used, a row still in use) is explained
// in words and nothing changes.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemOf } from '../../api/errors';
import { problemText } from '../../app/problem-text';

export type Kind = 'department' | 'jabatan' | 'shift' | 'lokasi';
export type Values = Record<string, string | boolean>;

export interface Column<Row> {
  /** message id of the column's heading */
  header: string;
  cell: (row: Row) => ReactNode;
}

export interface FieldSpec {
  name: string;
  /** message id of the label */
  label: string;
  type: 'text' | 'time' | 'minutes' | 'textarea' | 'select' | 'checkbox';
  /** message id of a hint under the field */
  hint?: string;
  /** for type select: the choices (the first is the empty one) */
  options?: { value: string; label: string }[];
  /** a message id when the value is wrong, or true */
  check?: (value: string) => string | true;
}

export interface MasterEditorProps<Row extends { id: number }> {
  kind: Kind;
  rows: Row[] | undefined;
  loading: boolean;
  failed: boolean;
  columns: Column<Row>[];
  fields: FieldSpec[];
  nameOf: (row: Row) => string;
  valuesOf: (row: Row | null) => Values;
  /** Creates (id null) or updates; throws the API's error. */
  save: (id: number | null, values: Values) => Promise<void>;
  remove: (id: number) => Promise<void>;
}

type Editing = { id: number | null } | null;

export function MasterEditor<Row extends { id: number }>(props: MasterEditorProps<Row>) {
  const { kind, rows, columns, nameOf } = props;
  const intl = useIntl();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Row | null>(null);
  const [done, setDone] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const kindName = intl.formatMessage({ id: `admin.master.kind.${kind}` });
  const editedRow = editing?.id != null ? (rows?.find((row) => row.id === editing.id) ?? null) : null;
  return (
    <div className={`master-editor master-editor--${kind}`}>
      <div className="master-top">
        <p className="hint" role="status">
          {rows ? intl.formatMessage({ id: 'admin.master.count' }, { count: rows.length }) : ''}
        </p>
        <button
          type="button"
          className="button button--primary"
          id={`${kind}-add`}
          ref={addButton}
          onClick={() => {
            setDone('');
            setEditing({ id: null });
          }}
        >
          <FormattedMessage id="admin.master.add" values={{ kind: kindName }} />
        </button>
      </div>
      <p className="users-done master-done" role="status" id={`${kind}-done`}>
        {done}
      </p>
      {editing && (
        <MasterForm
          key={editing.id ?? 'new'}
          {...props}
          row={editedRow}
          onDone={(message) => {
            setEditing(null);
            setDone(message);
            addButton.current?.focus();
          }}
          onCancel={() => {
            setEditing(null);
            addButton.current?.focus();
          }}
        />
      )}
      {props.failed && !rows && (
        <p className="form-error" role="alert">
          <FormattedMessage id="error.NETWORK" />
        </p>
      )}
      {props.loading && !rows && (
        <p role="status">
          <FormattedMessage id="app.loading" />
        </p>
      )}
      {rows && rows.length === 0 && (
        <p className="empty">
          <FormattedMessage id="admin.master.none" values={{ kind: kindName }} />
        </p>
      )}
      {rows && rows.length > 0 && (
        <div className="master-table-wrap">
          <table className="master-table" id={`${kind}-table`}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th scope="col" key={column.header}>
                    <FormattedMessage id={column.header} />
                  </th>
                ))}
                <th scope="col">
                  <FormattedMessage id="admin.master.actions" />
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-name={nameOf(row)}>
                  {columns.map((column) => (
                    <td key={column.header}>{column.cell(row)}</td>
                  ))}
                  <td className="master-table__actions">
                    <button
                      type="button"
                      className="button master-edit"
                      aria-label={intl.formatMessage({ id: 'admin.master.editLabel' }, { name: nameOf(row) })}
                      onClick={() => {
                        setDone('');
                        setEditing({ id: row.id });
                      }}
                    >
                      <FormattedMessage id="admin.master.edit" />
                    </button>
                    <button
                      type="button"
                      className="button button--danger master-delete"
                      aria-label={intl.formatMessage(
                        { id: 'admin.master.deleteLabel' },
                        { name: nameOf(row) },
                      )}
                      onClick={() => {
                        setDone('');
                        setDeleting(row);
                      }}
                    >
                      <FormattedMessage id="admin.master.delete" />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deleting && (
        <DeleteDialog
          kind={kind}
          name={nameOf(deleting)}
          remove={() => props.remove(deleting.id)}
          onClose={(deleted) => {
            setDeleting(null);
            if (deleted)
              setDone(
                intl.formatMessage(
                  { id: 'admin.master.deleted' },
                  { kind: kindName, name: nameOf(deleting) },
                ),
              );
            addButton.current?.focus();
          }}
        />
      )}
    </div>
  );
}

/** The API's refusal of a save: next to the field it names when the form has it, else for the whole form. */
function saveProblem(
  intl: ReturnType<typeof useIntl>,
  kind: Kind,
  error: unknown,
): { field: string | null; message: string } {
  const problem = problemOf(error);
  const field = problem.field?.split('.').pop() ?? null;
  const known = (id: string) => (intl.messages[id] ? intl.formatMessage({ id }) : null);
  if (problem.code === 'CONFLICT' && field)
    return { field, message: intl.formatMessage({ id: `admin.master.conflict.duplicate.${kind}` }) };
  if (problem.code === 'CONFLICT')
    return { field: null, message: intl.formatMessage({ id: 'admin.master.conflict.other' }) };
  if (problem.code === 'BAD_USER_INPUT' && field) {
    const message = known(`admin.master.invalid.${field}`);
    if (message) return { field, message };
  }
  if (problem.code === 'NOT_FOUND' && field === 'departmentId')
    return { field, message: intl.formatMessage({ id: 'admin.master.notFound.department' }) };
  if (problem.code === 'NOT_FOUND')
    return { field: null, message: intl.formatMessage({ id: 'admin.master.notFound.row' }) };
  return { field, message: problemText(intl, problem) };
}

function MasterForm<Row extends { id: number }>({
  kind,
  fields,
  row,
  nameOf,
  valuesOf,
  save,
  onDone,
  onCancel,
}: MasterEditorProps<Row> & { row: Row | null; onDone: (message: string) => void; onCancel: () => void }) {
  const intl = useIntl();
  const { register, handleSubmit, setError, formState } = useForm<Values>({ defaultValues: valuesOf(row) });
  const kindName = intl.formatMessage({ id: `admin.master.kind.${kind}` });
  const submit = handleSubmit(async (values) => {
    try {
      await save(row?.id ?? null, values);
      onDone(
        intl.formatMessage(
          { id: row ? 'admin.master.updated' : 'admin.master.created' },
          { kind: kindName, name: String(values[fields[0].name]).trim() },
        ),
      );
    } catch (error) {
      const { field, message } = saveProblem(intl, kind, error);
      if (field && fields.some((f) => f.name === field)) setError(field, { message }, { shouldFocus: true });
      else setError('root', { message });
    }
  });
  const errors = formState.errors;
  const prefix = `${kind}-form`;
  return (
    <form
      className="card-panel master-form"
      id={prefix}
      onSubmit={submit}
      noValidate
      aria-labelledby={`${prefix}-title`}
    >
      <h3 id={`${prefix}-title`}>
        {row ? (
          <FormattedMessage id="admin.master.editTitle" values={{ kind: kindName, name: nameOf(row) }} />
        ) : (
          <FormattedMessage id="admin.master.addTitle" values={{ kind: kindName }} />
        )}
      </h3>
      <div className="master-form__grid">
        {fields.map((field, index) => {
          const id = `${prefix}-${field.name}`;
          const error = errors[field.name]?.message;
          const describedBy = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
            .filter(Boolean)
            .join(' ');
          const common = {
            id,
            autoFocus: index === 0,
            'aria-invalid': error ? true : undefined,
            'aria-describedby': describedBy || undefined,
          };
          const rules = {
            validate: (value: string | boolean) => {
              if (!field.check || typeof value === 'boolean') return true;
              const verdict = field.check(value);
              return verdict === true || intl.formatMessage({ id: verdict });
            },
          };
          return (
            <div
              key={field.name}
              className={`field ${field.type === 'textarea' ? 'master-form__wide' : ''} ${field.type === 'checkbox' ? 'master-form__check' : ''}`}
            >
              {field.type === 'checkbox' ? (
                <label htmlFor={id} className="master-check">
                  <input type="checkbox" {...common} {...register(field.name)} />
                  <FormattedMessage id={field.label} />
                </label>
              ) : (
                <label htmlFor={id}>
                  <FormattedMessage id={field.label} />
                </label>
              )}
              {field.type === 'text' && (
                <input type="text" autoComplete="off" {...common} {...register(field.name, rules)} />
              )}
              {field.type === 'time' && <input type="time" {...common} {...register(field.name, rules)} />}
              {field.type === 'minutes' && (
                <input
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={1440}
                  step={1}
                  {...common}
                  {...register(field.name, rules)}
                />
              )}
              {field.type === 'textarea' && (
                <textarea rows={2} {...common} {...register(field.name, rules)} />
              )}
              {field.type === 'select' && (
                <select {...common} {...register(field.name, rules)}>
                  {(field.options ?? []).map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              )}
              {field.hint && (
                <p className="hint" id={`${id}-hint`}>
                  <FormattedMessage id={field.hint} />
                </p>
              )}
              {error && (
                <p className="field-error" id={`${id}-error`}>
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div className="buttons">
        <button
          type="submit"
          className="button button--primary"
          id={`${prefix}-save`}
          disabled={formState.isSubmitting}
        >
          <FormattedMessage id="admin.master.save" />
        </button>
        <button type="button" className="button" onClick={onCancel}>
          <FormattedMessage id="admin.master.cancel" />
        </button>
      </div>
      <p className="form-error" role="alert" id={`${prefix}-error`}>
        {errors.root?.message ?? ''}
      </p>
    </form>
  );
}

function DeleteDialog({
  kind,
  name,
  remove,
  onClose,
}: {
  kind: Kind;
  name: string;
  remove: () => Promise<void>;
  onClose: (deleted: boolean) => void;
}) {
  const intl = useIntl();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState('');
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  useEffect(() => {
    // The confirm button is gone: the person lands on Close, right after the explanation.
    if (refusal) close.current?.focus();
  }, [refusal]);
  const confirm = async () => {
    setBusy(true);
    try {
      await remove();
      onClose(true);
    } catch (error) {
      const problem = problemOf(error);
      setBusy(false);
      setRefusal(
        problem.code === 'CONFLICT'
          ? intl.formatMessage({ id: `admin.master.conflict.inUse.${kind}` }, { name })
          : problem.code === 'NOT_FOUND'
            ? intl.formatMessage({ id: 'admin.master.notFound.row' })
            : problemText(intl, problem),
      );
    }
  };
  return (
    <dialog
      ref={dialog}
      className="dialog master-dialog"
      id="master-delete-dialog"
      aria-labelledby="master-delete-title"
      aria-describedby={refusal ? 'master-delete-error' : 'master-delete-text'}
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
    >
      <h2 id="master-delete-title">
        <FormattedMessage
          id="admin.master.deleteTitle"
          values={{ kind: intl.formatMessage({ id: `admin.master.kind.${kind}` }), name }}
        />
      </h2>
      {!refusal && (
        <p id="master-delete-text">
          <FormattedMessage id="admin.master.deleteText" />
        </p>
      )}
      <p className="dialog__error" role="alert" id="master-delete-error">
        {refusal}
      </p>
      <div className="dialog__buttons">
        {!refusal && (
          <button
            type="button"
            className="button button--danger"
            id="master-delete-confirm"
            disabled={busy}
            onClick={() => void confirm()}
          >
            <FormattedMessage id="admin.master.deleteConfirm" />
          </button>
        )}
        <button
          type="button"
          className="button"
          id="master-delete-cancel"
          ref={close}
          autoFocus
          onClick={() => onClose(false)}
        >
          <FormattedMessage id={refusal ? 'admin.master.close' : 'admin.master.cancel'} />
        </button>
      </div>
    </dialog>
  );
}
