// Sign-in with NIK and password (autocomplete tokens for password managers); the reason when a session ended.
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError, problemOf } from '../api/errors';
import type { EndReason } from '../api/session';
import { LanguageSwitch } from './LanguageSwitch';
import { problemText } from './problem-text';
import { useSessionObject } from './session-context';

interface Fields {
  nik: string;
  password: string;
}

export function SignIn({ reason }: { reason: EndReason | null }) {
  const intl = useIntl();
  const session = useSessionObject();
  const { register, handleSubmit, setError, resetField, setFocus, formState } = useForm<Fields>();
  const submit = handleSubmit(async ({ nik, password }) => {
    try {
      await session.login(nik.trim(), password);
    } catch (error) {
      const problem = error instanceof ApiError ? error.problem : problemOf(error);
      resetField('password');
      setError('root', { message: problemText(intl, problem, 'login') });
      setFocus('password');
    }
  });
  const rootError = formState.errors.root?.message;
  return (
    <main className="sign-in-page">
      <form className="card-panel sign-in" onSubmit={submit} noValidate>
        <h1>
          <FormattedMessage id="signIn.title" />
        </h1>
        {reason === 'ended' && (
          <p className="notice notice--warning" role="status">
            <FormattedMessage id="signIn.ended" />
          </p>
        )}
        <label htmlFor="nik">
          <FormattedMessage id="signIn.nik" />
        </label>
        <input
          id="nik"
          autoComplete="username"
          autoCapitalize="characters"
          aria-invalid={formState.errors.nik ? true : undefined}
          aria-describedby={formState.errors.nik ? 'nik-error' : undefined}
          {...register('nik', { required: intl.formatMessage({ id: 'signIn.nikRequired' }) })}
        />
        {formState.errors.nik && (
          <p className="field-error" id="nik-error">
            {formState.errors.nik.message}
          </p>
        )}
        <label htmlFor="password">
          <FormattedMessage id="signIn.password" />
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={formState.errors.password ? true : undefined}
          aria-describedby={formState.errors.password ? 'password-error' : undefined}
          {...register('password', { required: intl.formatMessage({ id: 'signIn.passwordRequired' }) })}
        />
        {formState.errors.password && (
          <p className="field-error" id="password-error">
            {formState.errors.password.message}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          <FormattedMessage id="signIn.submit" />
        </button>
        <p className="form-error" role="alert" id="sign-in-error">
          {rootError ?? ''}
        </p>
        <LanguageSwitch />
      </form>
    </main>
  );
}
