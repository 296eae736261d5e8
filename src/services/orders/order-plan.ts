// Reads of orders in ONE SQL statement, shaped by what the query asks for (the way PostGraphile plans a page):
// the caller says which fields it wants (a Selection, from the GraphQL selection set) and which rows (a TypeORM
// query with the row scope of domain/orders/order-scope.ts and the filters already applied); PostgreSQL joins the related
// tables and builds each order as JSON (json_build_object), with only the requested fields, nested objects under
// the relation's field name. Resolvers hand the plain objects on: no entity hydration, no DataLoader round trips,
// and the statement count stays the same for a page of 1 and of 100.
//
// The maps below are the one place that says how a GraphQL field reads from its table: a new column of an Order
// is one line in ORDER.columns (test/order-plan.test.ts fails until every field of the schema is mapped). A field
// with arguments (Shift.orderingClosesAt(tanggal)) has no single column: its own resolver computes it from the row,
// and its line in `computed` names the columns the plan reads for that. A selection with a field that is not
// mapped gets no plan (null), and the caller takes the entity path instead.
import { LRUCache } from 'lru-cache';
import { SelectQueryBuilder } from 'typeorm';
import { runStatement } from '../../db/statements';
import { Order } from '../../entities';
import { STREAM_HEAD_SQL } from '../../events/event-log';
import { SortKey, sortKeyInstant } from '../page-cursor';

/** What a query asks for below an object: field name → true for a leaf, or the nested selection. */
export interface Selection {
  [field: string]: Selection | true;
}

/** An object as the planner returns it: entity property names, relations as nested objects (or null). */
export type PlannedRow = Record<string, unknown>;

/** How a field reads: a column name, or an SQL expression of the table's alias and the property it fills. */
type Column = string | { property?: string; sql: (alias: string) => string };

interface Table {
  /** The GraphQL type the rows become (its relation fields pass through: src/schema/preloaded.ts). */
  type: string;
  table: string;
  columns: Readonly<Record<string, Column>>;
  /** Relation field → the table it points to and the foreign key column on this table. */
  relations: Readonly<Record<string, { to: () => Table; foreignKey: string }>>;
  /**
   * Fields their own resolver computes from the row (e.g. from an argument, so no column holds the value) → the
   * fields of `columns` it reads; the plan puts those on the row whether or not the query selects them.
   */
  computed?: Readonly<Record<string, readonly string[]>>;
}

/** TIME columns as the API speaks them (HH:mm), like the Shift entity's transformer. */
const hoursMinutes = (column: string): Column => ({
  sql: (alias) => `to_char(${alias}.${column}, 'HH24:MI')`,
});

/** TIMESTAMPTZ columns in the DateTime scalar's own form (UTC, milliseconds), which it passes on unparsed. */
const instant = (column: string): Column => ({
  sql: (alias) => `to_char(${alias}.${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
});

const DEPARTMENT: Table = {
  type: 'Department',
  table: 'master_department',
  columns: {
    id: 'id',
    namaDivisi: 'nama_divisi',
    keterangan: 'keterangan',
    createdAt: instant('created_at'),
    updatedAt: instant('updated_at'),
  },
  relations: {},
};

const JABATAN: Table = {
  type: 'Jabatan',
  table: 'master_jabatan',
  columns: {
    id: 'id',
    namaJabatan: 'nama_jabatan',
    keterangan: 'keterangan',
    createdAt: instant('created_at'),
    updatedAt: instant('updated_at'),
  },
  relations: { department: { to: () => DEPARTMENT, foreignKey: 'department_id' } },
};

const SHIFT: Table = {
  type: 'Shift',
  table: 'master_shift',
  columns: {
    id: 'id',
    namaShift: 'nama_shift',
    jamMulai: hoursMinutes('jam_mulai'),
    jamSelesai: hoursMinutes('jam_selesai'),
    batasPesanMenit: 'batas_pesan_menit',
    keterangan: 'keterangan',
    createdAt: instant('created_at'),
    updatedAt: instant('updated_at'),
  },
  relations: {},
  // The cut-off of the date asked for, from the same function createOrder applies (ordering-cutoff.ts).
  computed: { orderingClosesAt: ['jamMulai', 'batasPesanMenit'] },
};

const USER: Table = {
  type: 'User',
  table: 'master_karyawan',
  columns: {
    id: 'id',
    nomorIndukKaryawan: 'nomor_induk_karyawan',
    namaLengkap: 'nama_lengkap',
    role: { property: 'roleAccess', sql: (alias) => `${alias}.role_access` },
    isActive: 'is_active',
    keterangan: 'keterangan',
    createdAt: instant('created_at'),
    updatedAt: instant('updated_at'),
  },
  relations: {
    department: { to: () => DEPARTMENT, foreignKey: 'department_id' },
    jabatan: { to: () => JABATAN, foreignKey: 'jabatan_id' },
  },
};

const ORDER: Table = {
  type: 'Order',
  table: 'transaction_pesanan',
  columns: {
    id: 'id',
    kodePesanan: 'kode_pesanan',
    jumlahPesanan: 'jumlah_pesanan',
    jumlahPesananAwal: 'jumlah_pesanan_awal',
    statusPesanan: 'status_pesanan',
    tanggalPesanan: 'tanggal_pesanan',
    requiresApproval: 'requires_approval',
    approvalStatus: 'approval_status',
    approvalRequestType: 'approval_request_type',
    catatanDapur: 'catatan_dapur',
    catatanAdmin: 'catatan_admin',
    waktuDibuat: instant('waktu_dibuat'),
    waktuDiproses: instant('waktu_diproses'),
    waktuSiap: instant('waktu_siap'),
    waktuDiantar: instant('waktu_diantar'),
    waktuSelesai: instant('waktu_selesai'),
    waktuDibatalkan: instant('waktu_dibatalkan'),
    alasanPembatalan: 'alasan_pembatalan',
  },
  relations: {
    pemesan: { to: () => USER, foreignKey: 'karyawan_pemesan_id' },
    department: { to: () => DEPARTMENT, foreignKey: 'department_pemesan_id' },
    shift: { to: () => SHIFT, foreignKey: 'shift_id' },
    requestedBy: { to: () => USER, foreignKey: 'requested_by_id' },
    approvedBy: { to: () => USER, foreignKey: 'approved_by_id' },
  },
};

/** Every table the planner reads, for the schema's pass-through of relation fields and the coverage test. */
export const PLANNED_TYPES: readonly Table[] = [ORDER, USER, DEPARTMENT, JABATAN, SHIFT];

/** Relation fields per GraphQL type: their values come preloaded on planned rows. */
export function plannedRelations(): Record<string, readonly string[]> {
  return Object.fromEntries(PLANNED_TYPES.map((table) => [table.type, Object.keys(table.relations)]));
}

/** Fields per GraphQL type that the planner can read (columns, relations and computed fields). */
export function plannedFields(): Record<string, readonly string[]> {
  return Object.fromEntries(
    PLANNED_TYPES.map((table) => [
      table.type,
      [...Object.keys(table.columns), ...Object.keys(table.relations), ...Object.keys(table.computed ?? {})],
    ]),
  );
}

interface ObjectPlan {
  /** json_build_object(...) of the requested fields. */
  json: string;
  /** LEFT JOINs the object and its nested objects need. */
  joins: string[];
}

/** The JSON expression and joins for `selection` on `table` under `alias`; null when a field is not mapped. */
function planObject(table: Table, alias: string, selection: Selection): ObjectPlan | null {
  // Property → SQL: a column that a computed field reads and the query selects too is read once.
  const pairs = new Map<string, string>();
  const joins: string[] = [];
  const readColumn = (field: string, column: Column) => {
    const property = typeof column === 'string' ? field : (column.property ?? field);
    pairs.set(property, typeof column === 'string' ? `${alias}.${column}` : column.sql(alias));
  };
  for (const [field, nested] of Object.entries(selection)) {
    const column = table.columns[field];
    const relation = table.relations[field];
    const computedFrom = table.computed?.[field];
    if (column !== undefined && nested === true) readColumn(field, column);
    else if (computedFrom && nested === true) {
      for (const input of computedFrom) readColumn(input, table.columns[input]);
    } else if (relation && nested !== true) {
      const target = relation.to();
      const joined = `${alias}_${field}`;
      const inner = planObject(target, joined, nested);
      if (!inner) return null;
      joins.push(
        `LEFT JOIN ${target.table} ${joined} ON ${joined}.id = ${alias}.${relation.foreignKey}`,
        ...inner.joins,
      );
      pairs.set(field, `CASE WHEN ${joined}.id IS NULL THEN NULL ELSE ${inner.json} END`);
    } else return null;
  }
  const json = [...pairs].map(([property, sql]) => `'${property}', ${sql}`).join(', ');
  return { json: `json_build_object(${json})`, joins };
}

export interface PlannedOrders {
  items: PlannedRow[];
  /** Each item's sort key, in the same order; null unless asked for (`withKeys`). */
  keys: SortKey[] | null;
  /** The number of rows `rows` matches without offset and limit; null unless asked for. */
  total: number | null;
  /** The event stream's head as of the same snapshot as the rows; null unless asked for. */
  streamHead: number | null;
}

/** Which rows of the list a read returns, newest first. */
export interface PlanWindow {
  /** Rows to skip (a page by number; 0 in a keyset read). */
  offset: number;
  limit: number;
  /**
   * A keyset read: the `limit` rows after `from` (older than it), or, `backward`, the `limit` rows just before it
   * (newer), still returned newest first; without `from`, the newest (backward: the oldest) rows.
   */
  keyset?: { from: SortKey | null; backward: boolean };
  /** Whether each row's sort key (instant to the microsecond, id) is wanted, for cursors. */
  withKeys?: boolean;
}

/**
 * The orders `rows` selects (alias `o`, filtered and scoped) in `window`, newest first, each with the fields of
 * `selection`, and optionally their total and the event stream's head: one statement. Null when the selection
 * asks for a field the maps do not know.
 *
 * One statement reads one snapshot, so the head is exact for the rows: every event numbered up to it belongs to
 * a transaction the rows already show (events are numbered under a lock held until commit), and every later one
 * is replayed to a subscriber that resumes `after` it.
 */
export async function readPlannedOrders(
  rows: SelectQueryBuilder<Order>,
  selection: Selection,
  options: PlanWindow & { withTotal: boolean; withStreamHead?: boolean },
): Promise<PlannedOrders | null> {
  const key = shapeKey(rows, selection, options);
  let sql = key === null ? undefined : plannedTexts.get(key);
  if (sql === undefined) {
    sql = plannedSql(rows, selection, options) ?? UNKNOWN_SELECTION;
    if (key !== null) plannedTexts.set(key, sql);
  }
  if (sql === UNKNOWN_SELECTION) return null;
  const dataSource = rows.connection;
  // The window adds parameters only when it starts from a cursor.
  const named = options.keyset?.from ? windowed(rows.clone(), options).getParameters() : rows.getParameters();
  const [query, parameters] = dataSource.driver.escapeQueryWithParameters(sql, named);
  const [result] = await runStatement<{
    total: number | null;
    stream_head: string | null;
    items: PlannedRow[];
  }>(dataSource, query, parameters);
  let items = result.items;
  let keys: SortKey[] | null = null;
  if (options.withKeys) {
    const pairs = result.items as unknown as [PlannedRow, [string, number]][];
    items = pairs.map(([row]) => row);
    keys = pairs.map(([, [at, id]]) => ({ at, id }));
  }
  return {
    items,
    keys,
    total: result.total,
    streamHead: result.stream_head === null ? null : Number(result.stream_head),
  };
}

type PlanOptions = PlanWindow & { withTotal: boolean; withStreamHead?: boolean };

/**
 * The SQL of planned reads by their shape (below), with TypeORM's named parameters still in it: building the text
 * through the query builder took about as much CPU as the rest of a page request's own work. The 500 most recently
 * used shapes are kept.
 */
const plannedTexts = new LRUCache<string, string>({ max: 500 });
/** The cached answer for a selection the maps do not know (plannedSql's null). */
const UNKNOWN_SELECTION = '';

/**
 * What the SQL text of a planned read depends on: the query's conditions as written (their parameters' values are
 * bound later; a list parameter is expanded when the text is escaped), the selection and the window's literals.
 * Null (not cached) when a condition is not plain text.
 */
function shapeKey(
  rows: SelectQueryBuilder<Order>,
  selection: Selection,
  options: PlanOptions,
): string | null {
  const map = rows.expressionMap;
  if (map.joinAttributes.length > 0 || map.wheres.some((where) => typeof where.condition !== 'string'))
    return null;
  return JSON.stringify([
    map.mainAlias?.name,
    map.wheres.map((where) => [where.type, where.condition]),
    selection,
    options.offset,
    options.limit,
    options.keyset ? [options.keyset.backward, options.keyset.from != null] : null,
    options.withKeys ?? false,
    options.withTotal,
    options.withStreamHead ?? false,
  ]);
}

/** The SQL text of a planned read (TypeORM's named parameters in it); null when a field is not mapped. */
function plannedSql(
  rows: SelectQueryBuilder<Order>,
  selection: Selection,
  options: PlanOptions,
): string | null {
  const plan = planObject(ORDER, 'o', selection);
  if (!plan) return null;
  const newestFirst = 'o.waktu_dibuat DESC, o.id DESC';
  // With keys, each element is [order, [instant, id]].
  const json = options.withKeys
    ? `json_build_array(${plan.json}, json_build_array(${sortKeyInstant('o.waktu_dibuat')}, o.id))`
    : plan.json;
  // The page's rows first (the index gives them in order), then the joins for those rows only.
  // Limit and offset are literals: as parameters, PostgreSQL's generic plan for a prepared page (runStatement)
  // does not know how few rows are wanted, and the page got ~15% slower than planning it each time.
  const page = windowed(rows.clone().select('*'), options);
  const total = options.withTotal ? `(${rows.clone().select('count(*)::int').getQuery()})` : 'NULL::int';
  const head = options.withStreamHead ? `(${STREAM_HEAD_SQL})` : 'NULL::bigint';
  return `SELECT ${total} AS total, ${head} AS stream_head,
      (SELECT coalesce(json_agg(${json} ORDER BY ${newestFirst}), '[]'::json)
         FROM (${page.getQuery()}) o
         ${plan.joins.join('\n         ')}) AS items`;
}

/**
 * `query` (alias `o`) narrowed to `window` and sorted for it: newest first, or oldest first for a backward keyset
 * read (so that LIMIT keeps the rows nearest the cursor). The (waktu_dibuat, id) row comparison is an index
 * condition on every list index that ends in (waktu_dibuat DESC, id DESC), so a keyset read at any depth starts
 * right at its cursor.
 */
export function windowed(query: SelectQueryBuilder<Order>, window: PlanWindow): SelectQueryBuilder<Order> {
  const backward = window.keyset?.backward ?? false;
  const from = window.keyset?.from;
  if (from)
    query.andWhere(
      `(o.waktuDibuat, o.id) ${backward ? '>' : '<'} (CAST(:keysetAt AS timestamptz), CAST(:keysetId AS int))`,
      { keysetAt: from.at, keysetId: from.id },
    );
  const direction = backward ? 'ASC' : 'DESC';
  return query
    .orderBy('o.waktuDibuat', direction)
    .addOrderBy('o.id', direction)
    .offset(window.offset)
    .limit(window.limit);
}
