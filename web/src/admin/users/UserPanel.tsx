// One user, opened from the list: the profile (name, department, jabatan of that department, note), the role,
// active or not (deactivating ends the person's open sessions), and a password reset whose temporary password is
// shown once: it lives only in this component's state (the mutation bypasses the cache; nothing goes to the
// address or storage), so closing the panel or reloading the page loses it for good.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSession } from '../../app/session-context';
import { graphql } from '../../gql';
import type { AdminUserFieldsFragment, Role } from '../../gql/graphql';
import { userProblem } from './problems';
import { AdminUserDepartmentsDoc, AdminUserJabatanDoc, ROLES } from './users-shared';

const AdminUserDoc = graphql(`
  query AdminUser($id: Int!) {
    user(id: $id) {
      ...AdminUserFields
    }
  }
`);

const AdminUpdateUserRoleDoc = graphql(`
  mutation AdminUpdateUserRole($id: Int!, $role: Role!) {
    updateUserRole(id: $id, role: $role) {
      ...AdminUserFields
    }
  }
`);

const AdminUpdateUserStatusDoc = graphql(`
  mutation AdminUpdateUserStatus($id: Int!, $isActive: Boolean!) {
    updateUserStatus(id: $id, isActive: $isActive) {
      ...AdminUserFields
    }
  }
`);

const AdminUpdateUserProfileDoc = graphql(`
  mutation AdminUpdateUserProfile($id: Int!, $input: UpdateUserProfileInput!) {
    updateUserProfile(id: $id, input: $input) {
      ...AdminUserFields
    }
  }
`);

const AdminResetUserPasswordDoc = graphql(`
  mutation AdminResetUserPassword($id: Int!) {
    resetUserPassword(id: $id) {
      user {
        id
      }
      temporaryPassword
    }
  }
`);

/** A list filtered by role or active state may no longer hold the changed user: the lists are asked again. */
const evictLists = {
  update(cache: { evict(options: { fieldName: string }): boolean; gc(): string[] }) {
    cache.evict({ fieldName: 'users' });
    cache.gc();
  },
};

export function UserPanel({ id, onClose }: { id: number; onClose: () => void }) {
  const intl = useIntl();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error } = useQuery(AdminUserDoc, { variables: { id } });
  const user = data?.user;
  useEffect(() => {
    if (user) heading.current?.focus();
  }, [user?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <section className="card-panel users-panel" aria-labelledby="user-panel-title" id="user-panel">
      {loading && !data && (
        <p role="status">
          <FormattedMessage id="app.loading" />
        </p>
      )}
      {error && !data && (
        <p className="form-error" role="alert">
          {userProblem(intl, error).message}
        </p>
      )}
      {data && !user && (
        <p className="form-error" role="alert">
          <FormattedMessage id="admin.users.notFound.user" />
        </p>
      )}
      <div className="users-panel__top">
        <h2 id="user-panel-title" ref={heading} tabIndex={-1}>
          {user ? (
            <FormattedMessage
              id="admin.users.panelTitle"
              values={{ name: user.namaLengkap, nik: user.nomorIndukKaryawan }}
            />
          ) : (
            <FormattedMessage id="admin.users.panelTitleLoading" />
          )}
        </h2>
        <button type="button" className="button" id="user-panel-close" onClick={onClose}>
          <FormattedMessage id="admin.users.close" />
        </button>
      </div>
      {user && (
        <div className="users-panel__body">
          <StatusPart user={user} />
          <RolePart user={user} />
          <ProfilePart user={user} />
          <ResetPart user={user} />
        </div>
      )}
    </section>
  );
}

function useIsSelf(user: AdminUserFieldsFragment): boolean {
  return useSession().user.id === user.id;
}

function StatusPart({ user }: { user: AdminUserFieldsFragment }) {
  const intl = useIntl();
  const self = useIsSelf(user);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [updateStatus, { loading }] = useMutation(AdminUpdateUserStatusDoc, evictLists);
  const change = async (isActive: boolean) => {
    setMessage(null);
    try {
      await updateStatus({ variables: { id: user.id, isActive } });
      setConfirming(false);
      setMessage({
        ok: true,
        text: intl.formatMessage({ id: isActive ? 'admin.users.activated' : 'admin.users.deactivated' }),
      });
    } catch (error) {
      setConfirming(false);
      setMessage({ ok: false, text: userProblem(intl, error).message });
    }
  };
  return (
    <div className="users-part" id="user-status">
      <h3>
        <FormattedMessage id="admin.users.statusTitle" />
      </h3>
      <p>
        <span className={`users-state users-state--${user.isActive ? 'active' : 'inactive'}`} id="user-state">
          <FormattedMessage id={user.isActive ? 'admin.users.active' : 'admin.users.inactive'} />
        </span>
      </p>
      {self && (
        <p className="hint">
          <FormattedMessage id="admin.users.selfHint" />
        </p>
      )}
      {!user.isActive && (
        <button
          type="button"
          className="button"
          id="user-activate"
          disabled={loading}
          onClick={() => void change(true)}
        >
          <FormattedMessage id="admin.users.activate" />
        </button>
      )}
      {user.isActive && !confirming && (
        <button
          type="button"
          className="button button--danger"
          id="user-deactivate"
          disabled={self || loading}
          onClick={() => setConfirming(true)}
        >
          <FormattedMessage id="admin.users.deactivate" />
        </button>
      )}
      {user.isActive && confirming && (
        <div className="users-confirm" role="group" aria-labelledby="user-deactivate-question">
          <p id="user-deactivate-question">
            <FormattedMessage id="admin.users.deactivateQuestion" values={{ name: user.namaLengkap }} />
          </p>
          <div className="buttons">
            <button
              type="button"
              className="button button--danger"
              id="user-deactivate-confirm"
              autoFocus
              disabled={loading}
              onClick={() => void change(false)}
            >
              <FormattedMessage id="admin.users.deactivateConfirm" />
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              <FormattedMessage id="admin.users.cancel" />
            </button>
          </div>
        </div>
      )}
      <p className={message?.ok ? 'users-done' : 'form-error'} role="status">
        {message?.text ?? ''}
      </p>
    </div>
  );
}

function RolePart({ user }: { user: AdminUserFieldsFragment }) {
  const intl = useIntl();
  const self = useIsSelf(user);
  const [role, setRole] = useState<Role>(user.role);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [updateRole, { loading }] = useMutation(AdminUpdateUserRoleDoc, evictLists);
  useEffect(() => setRole(user.role), [user.role]);
  const submit = async () => {
    setMessage(null);
    try {
      await updateRole({ variables: { id: user.id, role } });
      setMessage({
        ok: true,
        text: intl.formatMessage(
          { id: 'admin.users.roleChanged' },
          { role: intl.formatMessage({ id: `role.${role}` }) },
        ),
      });
    } catch (error) {
      setMessage({ ok: false, text: userProblem(intl, error).message });
    }
  };
  return (
    <form
      className="users-part"
      id="user-role"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>
        <FormattedMessage id="admin.users.roleTitle" />
      </h3>
      <label htmlFor="user-role-select">
        <FormattedMessage id="admin.users.role" />
      </label>
      <select
        id="user-role-select"
        value={role}
        disabled={self}
        aria-describedby="user-role-message"
        onChange={(e) => setRole(e.target.value as Role)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {intl.formatMessage({ id: `role.${r}` })}
          </option>
        ))}
      </select>
      <div className="buttons">
        <button
          type="submit"
          className="button button--primary"
          id="user-role-save"
          disabled={self || loading || role === user.role}
        >
          <FormattedMessage id="admin.users.roleSave" />
        </button>
      </div>
      <p className={message?.ok ? 'users-done' : 'form-error'} role="status" id="user-role-message">
        {message?.text ?? ''}
      </p>
    </form>
  );
}

interface ProfileFields {
  namaLengkap: string;
  departmentId: string;
  jabatanId: string;
  keterangan: string;
}

function ProfilePart({ user }: { user: AdminUserFieldsFragment }) {
  const intl = useIntl();
  const [done, setDone] = useState(false);
  const { register, handleSubmit, setError, formState, watch, setValue } = useForm<ProfileFields>({
    defaultValues: {
      namaLengkap: user.namaLengkap,
      departmentId: user.department ? String(user.department.id) : '',
      jabatanId: user.jabatan ? String(user.jabatan.id) : '',
      keterangan: user.keterangan ?? '',
    },
  });
  const departments = useQuery(AdminUserDepartmentsDoc);
  const departmentId = Number(watch('departmentId')) || null;
  const jabatan = useQuery(AdminUserJabatanDoc, {
    variables: { departmentId: departmentId ?? 0 },
    skip: !departmentId,
  });
  const offered = useMemo(
    () => (departmentId ? (jabatan.data?.jabatan ?? []) : []),
    [departmentId, jabatan.data],
  );
  const jabatanId = watch('jabatanId');
  // The user's own jabatan stays offered even when it belongs to no department (kept from the original system).
  const keepOwn =
    user.jabatan && !offered.some((j) => j.id === user.jabatan?.id) && jabatanId === String(user.jabatan.id);
  useEffect(() => {
    if (!jabatanId || keepOwn) return;
    if ((jabatan.data || !departmentId) && !offered.some((j) => String(j.id) === jabatanId))
      setValue('jabatanId', '');
  }, [jabatanId, jabatan.data, departmentId, offered, keepOwn, setValue]);
  const [updateProfile] = useMutation(AdminUpdateUserProfileDoc, evictLists);
  const submit = handleSubmit(async (values) => {
    setDone(false);
    try {
      await updateProfile({
        variables: {
          id: user.id,
          input: {
            namaLengkap: values.namaLengkap.trim(),
            departmentId: Number(values.departmentId) || null,
            jabatanId: Number(values.jabatanId) || null,
            keterangan: values.keterangan.trim() || null,
          },
        },
      });
      setDone(true);
    } catch (error) {
      const { field, message } = userProblem(intl, error);
      if (
        field === 'namaLengkap' ||
        field === 'departmentId' ||
        field === 'jabatanId' ||
        field === 'keterangan'
      )
        setError(field, { message }, { shouldFocus: true });
      else setError('root', { message });
    }
  });
  const errors = formState.errors;
  const described = (name: keyof ProfileFields) => ({
    id: `profile-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `profile-${name}-error` : undefined,
  });
  const fieldError = (name: keyof ProfileFields) =>
    errors[name] && (
      <p className="field-error" id={`profile-${name}-error`}>
        {errors[name]?.message}
      </p>
    );
  return (
    <form className="users-part users-part--wide" id="user-profile" onSubmit={submit} noValidate>
      <h3>
        <FormattedMessage id="admin.users.profileTitle" />
      </h3>
      <div className="users-form__grid">
        <div className="field">
          <label htmlFor="profile-namaLengkap">
            <FormattedMessage id="admin.users.name" />
          </label>
          <input
            {...described('namaLengkap')}
            autoComplete="off"
            {...register('namaLengkap', {
              validate: (value) =>
                (value.trim().length >= 1 && value.trim().length <= 150) ||
                intl.formatMessage({ id: 'admin.users.invalid.namaLengkap' }),
            })}
          />
          {fieldError('namaLengkap')}
        </div>
        <div className="field">
          <label htmlFor="profile-departmentId">
            <FormattedMessage id="admin.users.department" />
          </label>
          <select {...described('departmentId')} {...register('departmentId')}>
            <option value="">{intl.formatMessage({ id: 'admin.users.noDepartment' })}</option>
            {(departments.data?.departments ?? []).map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.namaDivisi}
              </option>
            ))}
          </select>
          {fieldError('departmentId')}
        </div>
        <div className="field">
          <label htmlFor="profile-jabatanId">
            <FormattedMessage id="admin.users.jabatan" />
          </label>
          <select {...described('jabatanId')} disabled={!departmentId && !keepOwn} {...register('jabatanId')}>
            <option value="">{intl.formatMessage({ id: 'admin.users.noJabatan' })}</option>
            {keepOwn && user.jabatan && (
              <option value={String(user.jabatan.id)}>{user.jabatan.namaJabatan}</option>
            )}
            {offered.map((j) => (
              <option key={j.id} value={String(j.id)}>
                {j.namaJabatan}
              </option>
            ))}
          </select>
          {fieldError('jabatanId')}
        </div>
        <div className="field users-form__wide">
          <label htmlFor="profile-keterangan">
            <FormattedMessage id="admin.users.keterangan" />
          </label>
          <textarea
            {...described('keterangan')}
            rows={2}
            {...register('keterangan', {
              maxLength: {
                value: 500,
                message: intl.formatMessage({ id: 'admin.users.invalid.keterangan' }),
              },
            })}
          />
          {fieldError('keterangan')}
        </div>
      </div>
      <div className="buttons">
        <button
          type="submit"
          className="button button--primary"
          id="user-profile-save"
          disabled={formState.isSubmitting}
        >
          <FormattedMessage id="admin.users.profileSave" />
        </button>
      </div>
      <p className="users-done" role="status">
        {done ? intl.formatMessage({ id: 'admin.users.profileSaved' }) : ''}
      </p>
      <p className="form-error" role="alert">
        {errors.root?.message ?? ''}
      </p>
    </form>
  );
}

function ResetPart({ user }: { user: AdminUserFieldsFragment }) {
  const intl = useIntl();
  const [confirming, setConfirming] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const [problem, setProblem] = useState('');
  // no-cache: the payload (the temporary password) is never written into Apollo's cache.
  const [reset, { loading }] = useMutation(AdminResetUserPasswordDoc, { fetchPolicy: 'no-cache' });
  const output = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    if (temporary) output.current?.focus();
  }, [temporary]);
  const run = async () => {
    setProblem('');
    try {
      const result = await reset({ variables: { id: user.id } });
      setConfirming(false);
      setCopied(null);
      setTemporary(result.data?.resetUserPassword.temporaryPassword ?? null);
    } catch (error) {
      setConfirming(false);
      setProblem(userProblem(intl, error).message);
    }
  };
  const copy = async () => {
    if (!temporary) return;
    try {
      await navigator.clipboard.writeText(temporary);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="users-part" id="user-reset">
      <h3>
        <FormattedMessage id="admin.users.resetTitle" />
      </h3>
      {!temporary && (
        <p className="hint">
          <FormattedMessage id="admin.users.resetHint" />
        </p>
      )}
      {!temporary && !confirming && (
        <button type="button" className="button" id="user-reset-start" onClick={() => setConfirming(true)}>
          <FormattedMessage id="admin.users.reset" />
        </button>
      )}
      {!temporary && confirming && (
        <div className="users-confirm" role="group" aria-labelledby="user-reset-question">
          <p id="user-reset-question">
            <FormattedMessage id="admin.users.resetQuestion" values={{ name: user.namaLengkap }} />
          </p>
          <div className="buttons">
            <button
              type="button"
              className="button button--danger"
              id="user-reset-confirm"
              autoFocus
              disabled={loading}
              onClick={() => void run()}
            >
              <FormattedMessage id="admin.users.resetConfirm" />
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              <FormattedMessage id="admin.users.cancel" />
            </button>
          </div>
        </div>
      )}
      {temporary && (
        <div className="users-temporary notice notice--warning">
          <p id="temporary-password-label">
            <FormattedMessage id="admin.users.temporaryLabel" values={{ nik: user.nomorIndukKaryawan }} />
          </p>
          <output
            className="users-temporary__value"
            id="temporary-password"
            ref={output}
            tabIndex={-1}
            aria-labelledby="temporary-password-label"
          >
            {temporary}
          </output>
          <p className="hint">
            <FormattedMessage id="admin.users.temporaryOnce" />
          </p>
          <div className="buttons">
            <button
              type="button"
              className="button button--primary"
              id="temporary-copy"
              onClick={() => void copy()}
            >
              <FormattedMessage id="admin.users.copy" />
            </button>
            <button type="button" className="button" id="temporary-done" onClick={() => setTemporary(null)}>
              <FormattedMessage id="admin.users.temporaryDone" />
            </button>
          </div>
          <p role="status" id="temporary-copied" className={copied === false ? 'form-error' : 'users-done'}>
            {copied === null
              ? ''
              : intl.formatMessage({ id: copied ? 'admin.users.copied' : 'admin.users.copyFailed' })}
          </p>
        </div>
      )}
      <p className="form-error" role="alert">
        {problem}
      </p>
    </div>
  );
}
