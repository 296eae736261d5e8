// Changing one's password; forced (before anything else) after a reset or for a first administrator.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemOf } from '../api/errors';
import { ChangePasswordDoc } from '../api/operations';
import { problemText } from './problem-text';
import { useSessionObject } from './session-context';

interface Fields {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

export function ChangePassword({ forced = false }: { forced?: boolean }) {
  const intl = useIntl();
  const session = useSessionObject();
  const [changePassword] = useMutation(ChangePasswordDoc);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, setError, formState, getValues, reset } = useForm<Fields>();
  const submit = handleSubmit(async ({ currentPassword, newPassword }) => {
    try {
      await changePassword({ variables: { currentPassword, newPassword } });
      reset();
      setDone(true);
      session.passwordChanged();
    } catch (error) {
      const problem = problemOf(error);
      const message = problemText(intl, problem);
      const field = problem.field?.split('.').pop();
      if (field === 'newPassword' || field === 'currentPassword') setError(field, { message });
      else setError('root', { message });
    }
  });
  const errors = formState.errors;
  const field = (name: keyof Fields, autoComplete: string) => ({
    id: name,
    type: 'password',
    autoComplete,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${name}-error` : undefined,
  });
  return (
    <main className={forced ? 'sign-in-page' : 'page'}>
      <form className="card-panel sign-in" onSubmit={submit} noValidate>
        <h1>
          <FormattedMessage id="password.title" />
        </h1>
        {forced && (
          <p className="notice notice--warning" role="status">
            <FormattedMessage id="password.forced" />
          </p>
        )}
        {done && (
          <p className="notice notice--success" role="status">
            <FormattedMessage id="password.done" />
          </p>
        )}
        <label htmlFor="currentPassword">
          <FormattedMessage id="password.current" />
        </label>
        <input
          {...field('currentPassword', 'current-password')}
          {...register('currentPassword', { required: intl.formatMessage({ id: 'password.required' }) })}
        />
        {errors.currentPassword && (
          <p className="field-error" id="currentPassword-error">
            {errors.currentPassword.message}
          </p>
        )}
        <label htmlFor="newPassword">
          <FormattedMessage id="password.new" />
        </label>
        <input
          {...field('newPassword', 'new-password')}
          {...register('newPassword', {
            required: intl.formatMessage({ id: 'password.required' }),
            minLength: { value: 8, message: intl.formatMessage({ id: 'password.tooShort' }) },
          })}
        />
        {errors.newPassword && (
          <p className="field-error" id="newPassword-error">
            {errors.newPassword.message}
          </p>
        )}
        <label htmlFor="confirmation">
          <FormattedMessage id="password.confirm" />
        </label>
        <input
          {...field('confirmation', 'new-password')}
          {...register('confirmation', {
            validate: (value) =>
              value === getValues('newPassword') || intl.formatMessage({ id: 'password.mismatch' }),
          })}
        />
        {errors.confirmation && (
          <p className="field-error" id="confirmation-error">
            {errors.confirmation.message}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          <FormattedMessage id="password.submit" />
        </button>
        <p className="form-error" role="alert">
          {errors.root?.message ?? ''}
        </p>
        {forced && (
          <button type="button" className="button button--link" onClick={() => void session.logout()}>
            <FormattedMessage id="shell.signOut" />
          </button>
        )}
      </form>
    </main>
  );
}
