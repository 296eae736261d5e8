// The API's refusals of a user change in words, placed next to the field they concern when there is one:
// BAD_USER_INPUT (extensions.field), CONFLICT on the NIK (already taken), NOT_FOUND of a department or jabatan.
import type { IntlShape } from 'react-intl';
import { problemOf } from '../../api/errors';
import { problemText } from '../../app/problem-text';

export interface FieldProblem {
  /** The input field the message belongs next to (the last part of extensions.field), or null: the whole form. */
  field: string | null;
  message: string;
}

export function userProblem(intl: IntlShape, error: unknown): FieldProblem {
  const problem = problemOf(error);
  const field = problem.field?.split('.').pop() ?? null;
  const known = (id: string) => (intl.messages[id] ? intl.formatMessage({ id }) : null);
  if (problem.code === 'BAD_USER_INPUT' && field) {
    const message = known(`admin.users.invalid.${field}`);
    if (message) return { field, message };
  }
  if (problem.code === 'CONFLICT' && field === 'nomorIndukKaryawan')
    return { field, message: intl.formatMessage({ id: 'admin.users.conflict.nik' }) };
  if (problem.code === 'NOT_FOUND' && (field === 'departmentId' || field === 'jabatanId'))
    return { field, message: intl.formatMessage({ id: `admin.users.notFound.${field}` }) };
  if (problem.code === 'NOT_FOUND')
    return { field: null, message: intl.formatMessage({ id: 'admin.users.notFound.user' }) };
  return { field, message: problemText(intl, problem) };
}
