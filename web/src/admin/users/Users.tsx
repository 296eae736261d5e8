// The administrators' users screen (SCREENS.md, Administrator): every account, searched and filtered by role,
// department and active state (all in the address, so back and reload keep them), paged by the server; one user
// opened at a time (?user=) to change the profile, role or status or to reset the password; a new user created.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { AreaMessages } from '../../i18n/AreaMessages';
import { CreateUser } from './CreateUser';
import en from './i18n/en.json';
import id from './i18n/id.json';
import { UserPanel } from './UserPanel';
import { AdminUserDepartmentsDoc, ROLES } from './users-shared';
import '../admin.css';
import { Pager } from '../../ui/Pager';

const PAGE_SIZE = 20;

const AdminUsersDoc = graphql(`
  query AdminUsers($filter: UserFilter, $page: Int!, $limit: Int!) {
    users(filter: $filter, page: $page, limit: $limit) {
      items {
        ...AdminUserFields
      }
      total
      page
      totalPages
    }
  }
`);

export function Users() {
  return (
    <AreaMessages catalogues={{ id, en }}>
      <UserList />
    </AreaMessages>
  );
}

function UserList() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const search = params.get('q')?.trim() ?? '';
  const role = ROLES.find((r) => r === params.get('role')) ?? null;
  const departmentId = Number(params.get('department')) || null;
  const active = params.get('active') === 'true' ? true : params.get('active') === 'false' ? false : null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const selected = Number(params.get('user')) || null;
  const [creating, setCreating] = useState(false);
  const [typed, setTyped] = useState(search);
  useEffect(() => setTyped(search), [search]);
  const createButton = useRef<HTMLButtonElement>(null);

  const departments = useQuery(AdminUserDepartmentsDoc);
  const { data, loading, error } = useQuery(AdminUsersDoc, {
    variables: {
      filter: {
        ...(search ? { search } : {}),
        ...(role ? { role } : {}),
        ...(departmentId ? { departmentId } : {}),
        ...(active !== null ? { isActive: active } : {}),
      },
      page,
      limit: PAGE_SIZE,
    },
  });
  const change = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const users = data?.users;
  return (
    <section className="page page--wide users-page">
      <div className="users-top">
        <h1>
          <FormattedMessage id="admin.users.title" />
        </h1>
        <button
          type="button"
          className="button button--primary"
          id="users-create"
          ref={createButton}
          aria-expanded={creating}
          onClick={() => setCreating((open) => !open)}
        >
          <FormattedMessage id="admin.users.create" />
        </button>
      </div>
      {creating && (
        <CreateUser
          onCreated={(user) => {
            setCreating(false);
            change({ user: String(user.id), page: params.get('page') });
          }}
          onCancel={() => {
            setCreating(false);
            createButton.current?.focus();
          }}
        />
      )}
      {selected && (
        <UserPanel
          key={selected}
          id={selected}
          onClose={() => change({ user: null, page: params.get('page') })}
        />
      )}
      <form
        className="filters users-filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          change({ q: typed.trim() || null });
        }}
      >
        <div className="field users-filters__search">
          <label htmlFor="users-search">
            <FormattedMessage id="admin.users.search" />
          </label>
          <div className="users-search">
            <input
              id="users-search"
              type="search"
              value={typed}
              aria-describedby="users-search-hint"
              onChange={(e) => setTyped(e.target.value)}
            />
            <button type="submit" className="button">
              <FormattedMessage id="admin.users.searchSubmit" />
            </button>
          </div>
          <p className="hint" id="users-search-hint">
            <FormattedMessage id="admin.users.searchHint" />
          </p>
        </div>
        <div className="field">
          <label htmlFor="users-role">
            <FormattedMessage id="admin.users.role" />
          </label>
          <select
            id="users-role"
            value={role ?? ''}
            onChange={(e) => change({ role: e.target.value || null })}
          >
            <option value="">{intl.formatMessage({ id: 'admin.users.allRoles' })}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {intl.formatMessage({ id: `role.${r}` })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-department">
            <FormattedMessage id="admin.users.department" />
          </label>
          <select
            id="users-department"
            value={departmentId ? String(departmentId) : ''}
            onChange={(e) => change({ department: e.target.value || null })}
          >
            <option value="">{intl.formatMessage({ id: 'admin.users.allDepartments' })}</option>
            {(departments.data?.departments ?? []).map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.namaDivisi}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-active">
            <FormattedMessage id="admin.users.status" />
          </label>
          <select
            id="users-active"
            value={active === null ? '' : String(active)}
            onChange={(e) => change({ active: e.target.value || null })}
          >
            <option value="">{intl.formatMessage({ id: 'admin.users.allStatuses' })}</option>
            <option value="true">{intl.formatMessage({ id: 'admin.users.active' })}</option>
            <option value="false">{intl.formatMessage({ id: 'admin.users.inactive' })}</option>
          </select>
        </div>
      </form>
      {error && !data && (
        <p className="form-error" role="alert">
          <FormattedMessage id="error.NETWORK" />
        </p>
      )}
      {loading && !data && (
        <p role="status">
          <FormattedMessage id="app.loading" />
        </p>
      )}
      {users && (
        <p className="hint" role="status" id="users-count">
          <FormattedMessage id="admin.users.count" values={{ count: users.total }} />
        </p>
      )}
      {users && users.items.length === 0 && (
        <p className="empty">
          <FormattedMessage id="admin.users.none" />
        </p>
      )}
      {users && users.items.length > 0 && (
        <div className="users-table-wrap">
          <table className="users-table">
            <caption className="users-sr-only">
              <FormattedMessage id="admin.users.tableCaption" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="admin.users.nik" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.users.name" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.users.role" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.users.department" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.users.jabatan" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.users.status" />
                </th>
                <th scope="col">
                  <FormattedMessage id="admin.users.actions" />
                </th>
              </tr>
            </thead>
            <tbody>
              {users.items.map((user) => (
                <tr
                  key={user.id}
                  data-nik={user.nomorIndukKaryawan}
                  aria-current={user.id === selected ? 'true' : undefined}
                >
                  <td className="users-table__nik">{user.nomorIndukKaryawan}</td>
                  <td>{user.namaLengkap}</td>
                  <td>{intl.formatMessage({ id: `role.${user.role}` })}</td>
                  <td>{user.department?.namaDivisi ?? intl.formatMessage({ id: 'admin.users.noValue' })}</td>
                  <td>{user.jabatan?.namaJabatan ?? intl.formatMessage({ id: 'admin.users.noValue' })}</td>
                  <td>
                    <span className={`users-state users-state--${user.isActive ? 'active' : 'inactive'}`}>
                      <FormattedMessage id={user.isActive ? 'admin.users.active' : 'admin.users.inactive'} />
                    </span>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button users-open"
                      aria-label={intl.formatMessage(
                        { id: 'admin.users.manageLabel' },
                        { name: user.namaLengkap, nik: user.nomorIndukKaryawan },
                      )}
                      onClick={() => change({ user: String(user.id), page: params.get('page') })}
                    >
                      <FormattedMessage id="admin.users.manage" />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {users && users.totalPages > 1 && (
        <Pager
          page={page}
          pages={users.totalPages}
          total={users.total}
          position="admin.users.pagePosition"
          onPage={(next) => change({ page: String(next) })}
        />
      )}
    </section>
  );
}
