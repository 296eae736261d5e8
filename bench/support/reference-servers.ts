// The two servers the orders page is compared with, both over the benchmark's database: PostGraphile 4.14 (its
// defaults for a production server: no query log, no GraphiQL, no watch; v5 needs Node 22) and a hand-written
// node:http endpoint that runs one SQL statement building the whole JSON response in PostgreSQL, the practical
// limit for this page. Neither authenticates: the employee's row scope is a condition in the query.
import http from 'node:http';
import Module from 'node:module';
import path from 'node:path';
import { Pool } from 'pg';

/**
 * npm hoists three of PostGraphile's dependencies to the top of node_modules, where `graphql` is this project's
 * 16 (graphile-build-pg even gets private copies of graphql 15 and graphile-build), while PostGraphile keeps its
 * own graphql 15: several graphql instances in one schema fail with "Unexpected input type". For those packages'
 * files only, resolve graphql and graphile-build from PostGraphile's folder.
 */
function loadPostGraphile(): typeof import('postgraphile') {
  const postgraphileDir = path.dirname(require.resolve('postgraphile/package.json'));
  const shared = /^(graphql|graphile-build)(\/|$)/;
  const hoisted =
    /[\\/]node_modules[\\/](graphile-build-pg|graphql-parse-resolve-info|subscriptions-transport-ws)[\\/]/;
  const resolver = Module as unknown as {
    _resolveFilename(
      request: string,
      parent: { filename?: string } | undefined,
      isMain: boolean,
      options?: object,
    ): string;
  };
  const original = resolver._resolveFilename;
  resolver._resolveFilename = function (request, parent, isMain, options) {
    if (shared.test(request) && hoisted.test(parent?.filename ?? ''))
      return original.call(this, request, parent, isMain, { paths: [postgraphileDir] });
    return original.call(this, request, parent, isMain, options);
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('postgraphile') as typeof import('postgraphile');
}

export interface ReferenceServer {
  /** POST URL (GraphQL for PostGraphile; the page's own endpoint for the hand-written one). */
  url: string;
  stop(): Promise<void>;
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    }),
  );
}

function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function startPostGraphile(databaseUrl: string, poolSize: number): Promise<ReferenceServer> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const handler = loadPostGraphile().postgraphile(pool, 'public', {
    graphqlRoute: '/graphql',
    graphiql: false,
    disableQueryLog: true,
    disableDefaultMutations: true,
    ignoreRBAC: true,
    legacyRelations: 'omit',
    setofFunctionsContainNulls: false,
    retryOnInitFail: false,
    watchPg: false,
    showErrorStack: false,
  });
  const server = http.createServer(handler);
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await close(server);
      await handler.release();
      await pool.end();
    },
  };
}

/** Body of a request to the hand-written endpoint. */
export interface HandWrittenRequest {
  limit: number;
  page: number;
  /** Every nested field (requestedBy, approvedBy, pemesan.department, pemesan.jabatan) or the basic shape. */
  nested: boolean;
  /** The employee's own orders only (row scope), or every order. */
  ownerId: number | null;
}

const user = (alias: string, nested: boolean) =>
  nested
    ? `json_build_object('id', ${alias}.id, 'nomorIndukKaryawan', ${alias}.nomor_induk_karyawan, 'namaLengkap', ${alias}.nama_lengkap,
         'department', CASE WHEN pd.id IS NULL THEN NULL ELSE json_build_object('id', pd.id, 'namaDivisi', pd.nama_divisi) END,
         'jabatan', CASE WHEN pj.id IS NULL THEN NULL ELSE json_build_object('id', pj.id, 'namaJabatan', pj.nama_jabatan,
           'department', CASE WHEN pjd.id IS NULL THEN NULL ELSE json_build_object('id', pjd.id, 'namaDivisi', pjd.nama_divisi) END) END)`
    : `json_build_object('id', ${alias}.id, 'namaLengkap', ${alias}.nama_lengkap)`;

const nullableUser = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'namaLengkap', ${alias}.nama_lengkap) END`;

/** The one statement: $1 limit, $2 offset, $3 owner (or null). */
function pageStatement(nested: boolean): string {
  const item = `json_build_object('id', o.id, 'kodePesanan', o.kode_pesanan, 'statusPesanan', o.status_pesanan,
      'tanggalPesanan', o.tanggal_pesanan, 'jumlahPesanan', o.jumlah_pesanan,
      'waktuDibuat', to_char(o.waktu_dibuat AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      ${nested ? `'catatanDapur', o.catatan_dapur,` : ''}
      'pemesan', ${user('p', nested)},
      'department', json_build_object('id', d.id, 'namaDivisi', d.nama_divisi),
      'shift', json_build_object('id', s.id, 'namaShift', s.nama_shift${nested ? `, 'jamMulai', to_char(s.jam_mulai, 'HH24:MI'), 'jamSelesai', to_char(s.jam_selesai, 'HH24:MI')` : ''})
      ${nested ? `, 'requestedBy', ${nullableUser('rb')}, 'approvedBy', ${nullableUser('ab')}` : ''})`;
  const joins = nested
    ? `LEFT JOIN master_department pd ON pd.id = p.department_id
       LEFT JOIN master_jabatan pj ON pj.id = p.jabatan_id
       LEFT JOIN master_department pjd ON pjd.id = pj.department_id
       LEFT JOIN master_karyawan rb ON rb.id = o.requested_by_id
       LEFT JOIN master_karyawan ab ON ab.id = o.approved_by_id`
    : '';
  const scope = '($3::int IS NULL OR o.karyawan_pemesan_id = $3::int)';
  return `SELECT json_build_object('data', json_build_object('orders', json_build_object(
      'total', (SELECT count(*) FROM transaction_pesanan o WHERE ${scope}),
      'items', (SELECT coalesce(json_agg(i.item ORDER BY i.waktu_dibuat DESC, i.id DESC), '[]'::json)
                  FROM (SELECT o.waktu_dibuat, o.id, ${item} AS item
                          FROM (SELECT * FROM transaction_pesanan o WHERE ${scope}
                                 ORDER BY o.waktu_dibuat DESC, o.id DESC LIMIT $1 OFFSET $2) o
                          JOIN master_karyawan p ON p.id = o.karyawan_pemesan_id
                          JOIN master_department d ON d.id = o.department_pemesan_id
                          JOIN master_shift s ON s.id = o.shift_id
                          ${joins}) i))))::text AS body`;
}

/** `prepared: false` behind PgBouncer before 1.21 in transaction mode, which cannot keep named statements. */
export async function startHandWritten(
  databaseUrl: string,
  poolSize: number,
  prepared = true,
): Promise<ReferenceServer> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const statements = { basic: pageStatement(false), nested: pageStatement(true) };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as HandWrittenRequest;
      pool
        .query<{ body: string }>({
          // Prepared (named) like the frequent statements of this server and of PostGraphile: parsed and
          // planned once per connection.
          name: prepared ? (body.nested ? 'orders-page-nested' : 'orders-page-basic') : undefined,
          text: body.nested ? statements.nested : statements.basic,
          values: [body.limit, (body.page - 1) * body.limit, body.ownerId],
        })
        .then(
          (result) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(result.rows[0].body);
          },
          (error: unknown) => {
            res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
          },
        );
    });
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/orders`,
    async stop() {
      await close(server);
      await pool.end();
    },
  };
}
