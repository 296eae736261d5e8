// A new user: NIK (the login name), full name, role, department and jabatan (the jabatan of that department),
// and the initial password the person signs in with. The browser checks what CreateUserInput's rules say; the
// server checks again and its refusal appears next to the field it names, in words.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { userProblem } from './problems';
import { AdminUserDepartmentsDoc, AdminUserJabatanDoc, ROLES } from './users-shared';

const AdminCreateUserDoc = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

interface Fields {
  nomorIndukKaryawan: string;
  namaLengkap: string;
  password: string;
  role: Role;
  departmentId: string;
  jabatanId: string;
  keterangan: string;
}

const NIK = /^[A-Za-z0-9._-]{1,50}$/;

export function CreateUser({
  onCreated,
  onCancel,
}: {
  onCreated: (user: { id: number }) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const { register, handleSubmit, setError, formState, watch, setValue } = useForm<Fields>({
    defaultValues: {
      nomorIndukKaryawan: '',
      namaLengkap: '',
      password: '',
      role: 'EMPLOYEE',
      departmentId: '',
      jabatanId: '',
      keterangan: '',
    },
  });
  const departments = useQuery(AdminUserDepartmentsDoc);
  const departmentId = Number(watch('departmentId')) || null;
  const jabatan = useQuery(AdminUserJabatanDoc, {
    variables: { departmentId: departmentId ?? 0 },
    skip: !departmentId,
  });
  const jabatanId = watch('jabatanId');
  const offered = useMemo(
    () => (departmentId ? (jabatan.data?.jabatan ?? []) : []),
    [departmentId, jabatan.data],
  );
  useEffect(() => {
    // A jabatan of the department chosen before is no longer offered.
    if (jabatanId && jabatan.data && !offered.some((j) => String(j.id) === jabatanId))
      setValue('jabatanId', '');
  }, [jabatanId, jabatan.data, offered, setValue]);
  const [createUser] = useMutation(AdminCreateUserDoc, {
    update(cache) {
      cache.evict({ fieldName: 'users' });
      cache.gc();
    },
  });

  const submit = handleSubmit(async (values) => {
    try {
      const result = await createUser({
        variables: {
          input: {
            nomorIndukKaryawan: values.nomorIndukKaryawan.trim(),
            namaLengkap: values.namaLengkap.trim(),
            password: values.password,
            role: values.role,
            departmentId: Number(values.departmentId) || null,
            jabatanId: Number(values.jabatanId) || null,
            keterangan: values.keterangan.trim() || null,
          },
        },
      });
      if (result.data) onCreated(result.data.createUser);
    } catch (error) {
      const { field, message } = userProblem(intl, error);
      if (field && field in FIELD_NAMES) setError(field as keyof Fields, { message }, { shouldFocus: true });
      else setError('root', { message });
    }
  });
  const errors = formState.errors;
  const described = (name: keyof Fields, hint = false) => ({
    id: `create-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby':
      [hint ? `create-${name}-hint` : '', errors[name] ? `create-${name}-error` : '']
        .filter(Boolean)
        .join(' ') || undefined,
  });
  const fieldError = (name: keyof Fields) =>
    errors[name] && (
      <p className="field-error" id={`create-${name}-error`}>
        {errors[name]?.message}
      </p>
    );
  const required = intl.formatMessage({ id: 'admin.users.required' });
  return (
    <form className="card-panel users-form" id="create-user" onSubmit={submit} noValidate>
      <h2>
        <FormattedMessage id="admin.users.createTitle" />
      </h2>
      <div className="users-form__grid">
        <div className="field">
          <label htmlFor="create-nomorIndukKaryawan">
            <FormattedMessage id="admin.users.nik" />
          </label>
          <input
            {...described('nomorIndukKaryawan', true)}
            autoComplete="off"
            autoFocus
            {...register('nomorIndukKaryawan', {
              validate: (value) =>
                NIK.test(value.trim()) ||
                intl.formatMessage({ id: 'admin.users.invalid.nomorIndukKaryawan' }),
            })}
          />
          <p className="hint" id="create-nomorIndukKaryawan-hint">
            <FormattedMessage id="admin.users.nikHint" />
          </p>
          {fieldError('nomorIndukKaryawan')}
        </div>
        <div className="field">
          <label htmlFor="create-namaLengkap">
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
          <label htmlFor="create-password">
            <FormattedMessage id="admin.users.initialPassword" />
          </label>
          <input
            {...described('password', true)}
            type="text"
            autoComplete="off"
            spellCheck={false}
            {...register('password', {
              validate: (value) =>
                (value.length >= 8 && value.length <= 128) ||
                intl.formatMessage({ id: 'admin.users.invalid.password' }),
            })}
          />
          <p className="hint" id="create-password-hint">
            <FormattedMessage id="admin.users.initialPasswordHint" />
          </p>
          {fieldError('password')}
        </div>
        <div className="field">
          <label htmlFor="create-role">
            <FormattedMessage id="admin.users.role" />
          </label>
          <select {...described('role')} {...register('role', { required })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {intl.formatMessage({ id: `role.${r}` })}
              </option>
            ))}
          </select>
          {fieldError('role')}
        </div>
        <div className="field">
          <label htmlFor="create-departmentId">
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
          <label htmlFor="create-jabatanId">
            <FormattedMessage id="admin.users.jabatan" />
          </label>
          <select
            {...described('jabatanId', true)}
            disabled={!departmentId || offered.length === 0}
            {...register('jabatanId')}
          >
            <option value="">{intl.formatMessage({ id: 'admin.users.noJabatan' })}</option>
            {offered.map((j) => (
              <option key={j.id} value={String(j.id)}>
                {j.namaJabatan}
              </option>
            ))}
          </select>
          <p className="hint" id="create-jabatanId-hint">
            <FormattedMessage
              id={departmentId ? 'admin.users.jabatanHint' : 'admin.users.jabatanChooseDepartment'}
            />
          </p>
          {fieldError('jabatanId')}
        </div>
        <div className="field users-form__wide">
          <label htmlFor="create-keterangan">
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
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          <FormattedMessage id="admin.users.createSubmit" />
        </button>
        <button type="button" className="button" onClick={onCancel}>
          <FormattedMessage id="admin.users.cancel" />
        </button>
      </div>
      <p className="form-error" role="alert">
        {errors.root?.message ?? ''}
      </p>
    </form>
  );
}

const FIELD_NAMES: Record<keyof Fields, true> = {
  nomorIndukKaryawan: true,
  namaLengkap: true,
  password: true,
  role: true,
  departmentId: true,
  jabatanId: true,
  keterangan: true,
};
