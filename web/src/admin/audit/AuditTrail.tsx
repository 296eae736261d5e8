// The administrators' audit trail (SCREENS.md, Administrator): every recorded action, newest first, filtered by
// action, person (NIK, or a user picked from a row), dates and text, paged on the server; and one order's whole
// history by its code (orderHistory, oldest first). Everything the screen shows is in the address.
import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { problemOf } from '../../api/errors';
import { problemText } from '../../app/problem-text';
import { graphql } from '../../gql';
import type { AuditLogFieldsFragment } from '../../gql/graphql';
import { AreaMessages } from '../../i18n/AreaMessages';
import { formatWaktu } from '../../i18n/format';
import en from './i18n/en.json';
import id from './i18n/id.json';
import '../admin.css';
import { Pager } from '../../ui/Pager';

graphql(`
  fragment AuditLogFields on AuditLog {
    id
    timestamp
    aksi
    detail
    user {
      id
      nomorIndukKaryawan
      namaLengkap
    }
  }
`);

const AuditTrailDoc = graphql(`
  query AuditTrail($filter: AuditTrailFilter, $page: Int!) {
    auditTrail(filter: $filter, page: $page, limit: 50) {
      items {
        ...AuditLogFields
      }
      total
      page
      totalPages
    }
  }
`);

const AuditChoicesDoc = graphql(`
  query AuditChoices {
    auditActionTypes
  }
`);

const AuditUserDoc = graphql(`
  query AuditUser($id: Int!) {
    user(id: $id) {
      id
      nomorIndukKaryawan
      namaLengkap
    }
  }
`);

const OrderHistoryDoc = graphql(`
  query OrderHistory($kode: String!) {
    orderHistory(kodePesanan: $kode) {
      ...AuditLogFields
    }
  }
`);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function AuditTrail() {
  return (
    <AreaMessages catalogues={{ id, en }}>
      <AuditPage />
    </AreaMessages>
  );
}

function AuditPage() {
  const [params, setParams] = useSearchParams();
  const kode = params.get('kode')?.trim() || null;
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  return (
    <section className="page page--wide audit">
      <h1>
        <FormattedMessage id="admin.audit.title" />
      </h1>
      <HistoryForm kode={kode} onKode={(value) => set({ kode: value })} />
      {kode ? <OrderHistory kode={kode} /> : <Trail params={params} set={set} />}
    </section>
  );
}

function HistoryForm({ kode, onKode }: { kode: string | null; onKode(kode: string | null): void }) {
  const [value, setValue] = useState(kode ?? '');
  const [shown, setShown] = useState(kode);
  if (shown !== kode) {
    // The address changed (back, a link): the field follows it.
    setShown(kode);
    setValue(kode ?? '');
  }
  return (
    <form
      className="audit-history-form"
      role="search"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onKode(value.trim() || null);
      }}
    >
      <div className="field">
        <label htmlFor="audit-kode">
          <FormattedMessage id="admin.audit.historyLabel" />
        </label>
        <input
          id="audit-kode"
          value={value}
          maxLength={20}
          autoComplete="off"
          aria-describedby="audit-kode-hint"
          onChange={(e) => setValue(e.target.value)}
        />
        <p className="hint" id="audit-kode-hint">
          <FormattedMessage id="admin.audit.historyHint" />
        </p>
      </div>
      <div className="buttons">
        <button type="submit" className="button button--primary" id="audit-history">
          <FormattedMessage id="admin.audit.showHistory" />
        </button>
        {kode && (
          <button type="button" className="button" id="audit-back" onClick={() => onKode(null)}>
            <FormattedMessage id="admin.audit.backToTrail" />
          </button>
        )}
      </div>
    </form>
  );
}

function OrderHistory({ kode }: { kode: string }) {
  const intl = useIntl();
  const { data, loading, error } = useQuery(OrderHistoryDoc, { variables: { kode } });
  const rows = data?.orderHistory;
  return (
    <div id="order-history" data-kode={kode} aria-busy={loading}>
      <h2>
        <FormattedMessage id="admin.audit.historyTitle" values={{ kode }} />
      </h2>
      {error && (
        <p className="form-error" role="alert">
          {problemText(intl, problemOf(error))}
        </p>
      )}
      {loading && !data && (
        <p role="status" className="loading">
          <FormattedMessage id="app.loading" />
        </p>
      )}
      {rows && rows.length === 0 && (
        <p className="empty" role="status">
          <FormattedMessage id="admin.audit.noHistory" values={{ kode }} />
        </p>
      )}
      {rows && rows.length > 0 && (
        <AuditTable
          id="history-table"
          caption={intl.formatMessage({ id: 'admin.audit.historyTitle' }, { kode })}
          rows={rows}
        />
      )}
    </div>
  );
}

function Trail({
  params,
  set,
}: {
  params: URLSearchParams;
  set(changes: Record<string, string | null>): void;
}) {
  const intl = useIntl();
  const aksi = params.get('aksi') || null;
  const nik = params.get('nik')?.trim() || null;
  const search = params.get('q')?.trim() || null;
  const userId = Number(params.get('user')) || null;
  const from = DATE.test(params.get('from') ?? '') ? params.get('from') : null;
  const to = DATE.test(params.get('to') ?? '') ? params.get('to') : null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error } = useQuery(AuditTrailDoc, {
    variables: {
      filter: {
        ...(aksi ? { aksi } : {}),
        ...(nik ? { nik } : {}),
        ...(search ? { search } : {}),
        ...(userId ? { userId } : {}),
        ...(from ? { tanggalMulai: from } : {}),
        ...(to ? { tanggalAkhir: to } : {}),
      },
      page,
    },
  });
  const actions = useQuery(AuditChoicesDoc).data?.auditActionTypes ?? [];
  const user = useQuery(AuditUserDoc, { variables: { id: userId ?? 0 }, skip: !userId }).data?.user;
  const [texts, setTexts] = useState({ nik: nik ?? '', q: search ?? '' });
  const [shown, setShown] = useState({ nik, search });
  if (shown.nik !== nik || shown.search !== search) {
    setShown({ nik, search });
    setTexts({ nik: nik ?? '', q: search ?? '' });
  }
  const problem = error ? problemOf(error) : null;
  const trail = data?.auditTrail;
  return (
    <>
      <form
        className="filters audit-filters"
        aria-label={intl.formatMessage({ id: 'admin.audit.filters' })}
        onSubmit={(event) => {
          event.preventDefault();
          set({ nik: texts.nik.trim() || null, q: texts.q.trim() || null });
        }}
      >
        <div className="field">
          <label htmlFor="audit-aksi">
            <FormattedMessage id="admin.audit.action" />
          </label>
          <select id="audit-aksi" value={aksi ?? ''} onChange={(e) => set({ aksi: e.target.value || null })}>
            <option value="">{intl.formatMessage({ id: 'admin.audit.allActions' })}</option>
            {aksi && !actions.includes(aksi) && <option value={aksi}>{aksi}</option>}
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-nik">
            <FormattedMessage id="admin.audit.nik" />
          </label>
          <input
            id="audit-nik"
            value={texts.nik}
            maxLength={50}
            autoComplete="off"
            aria-invalid={problem?.field === 'nik' ? true : undefined}
            aria-describedby="audit-nik-error"
            onChange={(e) => setTexts({ ...texts, nik: e.target.value })}
          />
          <p className="field-error" id="audit-nik-error">
            {problem?.field === 'nik' && problemText(intl, problem)}
          </p>
        </div>
        <div className="field">
          <label htmlFor="audit-search">
            <FormattedMessage id="admin.audit.search" />
          </label>
          <input
            id="audit-search"
            type="search"
            value={texts.q}
            maxLength={100}
            autoComplete="off"
            onChange={(e) => setTexts({ ...texts, q: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-from">
            <FormattedMessage id="filter.from" />
          </label>
          <input
            id="audit-from"
            type="date"
            value={from ?? ''}
            onChange={(e) => set({ from: e.target.value || null })}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-to">
            <FormattedMessage id="filter.to" />
          </label>
          <input
            id="audit-to"
            type="date"
            value={to ?? ''}
            aria-invalid={problem?.field === 'tanggalAkhir' ? true : undefined}
            aria-describedby="audit-to-error"
            onChange={(e) => set({ to: e.target.value || null })}
          />
          <p className="field-error" id="audit-to-error">
            {problem?.field === 'tanggalAkhir' && <FormattedMessage id="admin.audit.toBeforeFrom" />}
          </p>
        </div>
        <div className="field audit-apply">
          <button type="submit" className="button button--primary" id="audit-apply">
            <FormattedMessage id="admin.audit.apply" />
          </button>
        </div>
      </form>
      {userId && (
        <p className="audit-chip" id="audit-user">
          <FormattedMessage
            id="admin.audit.byUser"
            values={{
              name: user ? user.namaLengkap : String(userId),
              nik: user ? user.nomorIndukKaryawan : '',
            }}
          />
          <button type="button" className="button button--quiet" onClick={() => set({ user: null })}>
            <FormattedMessage id="admin.audit.clearUser" />
          </button>
        </p>
      )}
      {problem && problem.field !== 'nik' && problem.field !== 'tanggalAkhir' && (
        <p className="form-error" role="alert">
          {problemText(intl, problem)}
        </p>
      )}
      {loading && !data && (
        <p role="status" className="loading">
          <FormattedMessage id="app.loading" />
        </p>
      )}
      {trail && (
        <p className="hint" id="audit-count" role="status">
          <FormattedMessage id="admin.audit.count" values={{ total: trail.total }} />
        </p>
      )}
      {trail && trail.items.length > 0 && (
        <AuditTable
          id="audit-table"
          caption={intl.formatMessage({ id: 'admin.audit.title' })}
          rows={trail.items}
          onUser={(id) => set({ user: String(id) })}
          onKode={(kode) => set({ kode })}
        />
      )}
      {trail && trail.totalPages > 1 && (
        <Pager
          page={trail.page}
          pages={trail.totalPages}
          total={trail.total}
          position="admin.audit.pager"
          ids={{ next: 'audit-next' }}
          onPage={(next) => set({ page: next > 1 ? String(next) : null })}
        />
      )}
    </>
  );
}

const ORDER_CODE = /\bPM-\d{8}-\d+\b/;

function AuditTable({
  id,
  caption,
  rows,
  onUser,
  onKode,
}: {
  id: string;
  caption: string;
  rows: AuditLogFieldsFragment[];
  onUser?(id: number): void;
  onKode?(kode: string): void;
}) {
  const intl = useIntl();
  return (
    <div className="audit-scroll">
      <table className="reports-table audit-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="admin.audit.when" />
            </th>
            <th scope="col">
              <FormattedMessage id="admin.audit.action" />
            </th>
            <th scope="col">
              <FormattedMessage id="admin.audit.detail" />
            </th>
            <th scope="col">
              <FormattedMessage id="admin.audit.who" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const kode = onKode ? row.detail?.match(ORDER_CODE)?.[0] : undefined;
            return (
              <tr
                key={row.id}
                data-id={row.id}
                data-aksi={row.aksi}
                data-nik={row.user?.nomorIndukKaryawan ?? ''}
              >
                <td className="audit-when">{formatWaktu(intl, row.timestamp)}</td>
                <td className="audit-aksi">{row.aksi}</td>
                <td className="audit-detail">
                  {row.detail}
                  {kode && onKode && (
                    <button type="button" className="button button--link" onClick={() => onKode(kode)}>
                      <FormattedMessage id="admin.audit.historyOf" values={{ kode }} />
                    </button>
                  )}
                </td>
                <td>
                  {row.user ? (
                    onUser ? (
                      <button
                        type="button"
                        className="button button--link"
                        onClick={() => row.user && onUser(row.user.id)}
                      >
                        <FormattedMessage
                          id="admin.audit.person"
                          values={{ name: row.user.namaLengkap, nik: row.user.nomorIndukKaryawan }}
                        />
                      </button>
                    ) : (
                      <FormattedMessage
                        id="admin.audit.person"
                        values={{ name: row.user.namaLengkap, nik: row.user.nomorIndukKaryawan }}
                      />
                    )
                  ) : (
                    <FormattedMessage id="admin.audit.anonymous" />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
