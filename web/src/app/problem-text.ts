// An API error in the person's words, from its extensions.code (and field, closesAt, retryAfterSeconds); the
// server's own English message is shown only as the detail of an input the catalogue has no words for.
import type { IntlShape } from 'react-intl';
import type { ApiProblem } from '../api/errors';
import { formatJam, formatWaktu } from '../i18n/format';

const KNOWN = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'PASSWORD_CHANGE_REQUIRED',
  'ORDERING_CLOSED',
  'NETWORK',
  'BAD_USER_INPUT',
]);

export function problemText(
  intl: IntlShape,
  problem: ApiProblem,
  context: 'login' | 'default' = 'default',
): string {
  const { code, extensions } = problem;
  if (context === 'login' && code === 'UNAUTHENTICATED')
    return intl.formatMessage({ id: 'error.loginFailed' });
  if (code === 'ORDERING_CLOSED' && typeof extensions.closesAt === 'string')
    return intl.formatMessage(
      { id: 'error.ORDERING_CLOSED' },
      { time: formatJam(intl, extensions.closesAt), when: formatWaktu(intl, extensions.closesAt) },
    );
  if (code === 'TOO_MANY_REQUESTS') {
    const seconds = Number(extensions.retryAfterSeconds);
    const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
    return intl.formatMessage({ id: 'error.TOO_MANY_REQUESTS' }, { minutes });
  }
  if (code === 'BAD_USER_INPUT') {
    const id = problem.field ? `field.${problem.field}.invalid` : '';
    if (id && intl.messages[id]) return intl.formatMessage({ id });
    return intl.formatMessage({ id: 'error.BAD_USER_INPUT' }, { detail: problem.message });
  }
  return intl.formatMessage({ id: KNOWN.has(code) ? `error.${code}` : 'error.other' });
}
