// What a database holds before migrations touch it: start-up runs on an empty database (creating everything), on
// this server's own (any version: its migrations table and the tables those migrations made), or on the original
// system's (adopting it). Anything else is refused before a statement changes it.
import { QueryRunner } from 'typeorm';
import { DatabaseRefusedError, isOriginalDatabase, ORIGINAL_TABLES } from './original-database';

export type DatabaseKind = 'empty' | 'own' | 'original';

/** TypeORM's table of applied migrations (created by the first migration run, in its transaction). */
export const MIGRATIONS_TABLE = 'migrations';

/**
 * The tables each migration creates, by migration name: a database whose migrations table records a migration
 * without its tables was changed by hand (or half-restored) and is refused. A migration not listed creates none.
 */
const TABLES_OF_MIGRATION: Record<string, string[]> = {
  InitialSchema1764115200000: [...ORIGINAL_TABLES, 'refresh_token', 'order_code_counter', 'login_attempt'],
  OrderEventLog1764400000000: ['order_event_stream', 'order_event'],
  ExportLinkUses1764700000000: ['export_link_use'],
};

/** The enum types InitialSchema creates (what remains of this server's schema after its tables are dropped). */
const OWN_ENUM_TYPES = [
  'users_role_access_enum',
  'master_karyawan_role_access_enum',
  'transaction_pesanan_status_pesanan_enum',
  'transaction_pesanan_approval_status_enum',
  'transaction_pesanan_approval_request_type_enum',
];

/** How many found objects a refusal names before "and N more". */
const SHOWN = 20;

interface SchemaObject {
  kind: string;
  name: string;
  schema: string;
  bare: string;
}

/**
 * Every object in a non-system schema that no extension owns (pg_depend deptype 'e'): tables, partitioned and
 * foreign tables, views, materialized views, sequences (not those a table's serial or identity column owns),
 * functions, procedures and aggregates, and types (enums, domains, ranges, standalone composites, base types;
 * not the array, multirange and row types PostgreSQL makes by itself), operators and collations.
 */
async function schemaObjects(runner: QueryRunner): Promise<SchemaObject[]> {
  return runner.query(`
    WITH objects (kind, name, schema, bare, classid, objid) AS (
      SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'f' THEN 'foreign table'
                            WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' ELSE 'sequence' END,
             c.oid::regclass::text, c.relnamespace, c.relname::text, 'pg_class'::regclass, c.oid
        FROM pg_class c
       WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
         AND NOT (c.relkind = 'S' AND EXISTS (
               SELECT 1 FROM pg_depend d
                WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')
                  AND d.refclassid = 'pg_class'::regclass))
      UNION ALL
      SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
             p.oid::regprocedure::text, p.pronamespace, p.proname::text, 'pg_proc'::regclass, p.oid
        FROM pg_proc p
      UNION ALL
      SELECT CASE t.typtype WHEN 'e' THEN 'enum type' WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type'
                            WHEN 'c' THEN 'composite type' ELSE 'type' END,
             format_type(t.oid, NULL), t.typnamespace, t.typname::text, 'pg_type'::regclass, t.oid
        FROM pg_type t
       WHERE t.typtype IN ('e', 'd', 'r')
          OR (t.typtype = 'b' AND NOT (t.typcategory = 'A' AND t.typelem <> 0))
          OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
      UNION ALL
      SELECT 'operator', o.oid::regoperator::text, o.oprnamespace, o.oprname::text, 'pg_operator'::regclass, o.oid
        FROM pg_operator o
      UNION ALL
      SELECT 'collation', quote_ident(n.nspname) || '.' || quote_ident(l.collname), l.collnamespace,
             l.collname::text, 'pg_collation'::regclass, l.oid
        FROM pg_collation l JOIN pg_namespace n ON n.oid = l.collnamespace
    )
    SELECT o.kind, o.name, n.nspname AS schema, o.bare
      FROM objects o JOIN pg_namespace n ON n.oid = o.schema
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = o.classid AND d.objid = o.objid AND d.deptype = 'e')
     ORDER BY o.kind, o.name`);
}

/** Names of migrations recorded in the current schema's migrations table; null when there is none. */
async function recordedMigrations(runner: QueryRunner): Promise<string[] | null> {
  const columns: { column: string }[] = await runner.query(
    `SELECT attname AS column FROM pg_attribute
      WHERE attrelid = to_regclass(quote_ident(current_schema()) || '.' || $1) AND attnum > 0 AND NOT attisdropped`,
    [MIGRATIONS_TABLE],
  );
  if (columns.length === 0) return null;
  // Another tool's table of that name (without TypeORM's columns) is another application's.
  if (!['id', 'timestamp', 'name'].every((name) => columns.some((found) => found.column === name)))
    return null;
  const rows: { name: string }[] = await runner.query(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`);
  return rows.map((row) => String(row.name));
}

/** One line: no newline from an object's name may split the message. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

function listed(objects: SchemaObject[]): string {
  const shown = objects.slice(0, SHOWN).map((object) => `${object.kind} ${object.name}`);
  const more = objects.length > SHOWN ? `, and ${objects.length - SHOWN} more` : '';
  const count = `${objects.length} object${objects.length === 1 ? '' : 's'}`;
  return `${shown.join(', ')}${more} (${count} no extension owns)`;
}

const NOTHING_CHANGED = 'Nothing was changed.';

/**
 * What the database at the runner's connection is: 'empty', 'own' (this server's, of this or an older version)
 * or 'original'. Throws DatabaseRefusedError, naming what was found and what to do, for anything else: another
 * application's objects (even only a sequence, a function or enum types), this server's objects without its
 * migrations table, or a migrations table that records migrations whose tables are missing or that this server
 * does not know. Reads the catalog only.
 *
 * An empty migrations table counts as no table (TypeORM creates it just before the first migration runs).
 * This server's own database and the original's may hold objects of others besides (an operator's report view):
 * they are recognised by what they must hold, not by what they must not.
 */
export async function classifyDatabase(
  runner: QueryRunner,
  knownMigrations: string[],
): Promise<DatabaseKind> {
  const recorded = await recordedMigrations(runner);
  if (recorded && recorded.length > 0) {
    checkOwnDatabase(recorded, knownMigrations, await currentSchemaTables(runner));
    return 'own';
  }
  const objects = (await schemaObjects(runner)).filter(
    (object) => !(object.bare === MIGRATIONS_TABLE && object.kind === 'table' && recorded !== null),
  );
  if (objects.length === 0) return 'empty';
  if (await isOriginalDatabase(runner)) return 'original';
  const ownNames = new Set([...Object.values(TABLES_OF_MIGRATION).flat(), ...OWN_ENUM_TYPES]);
  const ours = objects.some((object) => object.schema === 'public' && ownNames.has(object.bare));
  const hint = (await hasTable(runner, '_prisma_migrations'))
    ? " It has the original system's _prisma_migrations table but not all of its tables and enum types " +
      '(users, master_*, transaction_pesanan, log_audit_trail, "RoleAccess", "StatusPesanan", "ApprovalStatus"): ' +
      "restore the original's backup and start again."
    : ours
      ? " Some are this server's, left without its migrations table (its tables dropped by hand, or a backup " +
        'restored in part): drop them (or the whole database) and start again on an empty database, or restore ' +
        'the whole backup.'
      : " Point DATABASE_URL at an empty database (or the original system's), or, if these objects are left " +
        'over from an earlier attempt, drop them (or the whole database) and start again.';
  throw new DatabaseRefusedError(
    oneLine(
      `The database at DATABASE_URL is not empty, and neither this server's nor the original Pack Meal ` +
        `system's: it holds ${listed(objects)}. ${NOTHING_CHANGED}${hint}`,
    ),
  );
}

async function currentSchemaTables(runner: QueryRunner): Promise<Set<string>> {
  const rows: { name: string }[] = await runner.query(
    `SELECT relname::text AS name FROM pg_class
      WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p')`,
  );
  return new Set(rows.map((row) => row.name));
}

async function hasTable(runner: QueryRunner, table: string): Promise<boolean> {
  return (await currentSchemaTables(runner)).has(table);
}

function checkOwnDatabase(recorded: string[], known: string[], tables: Set<string>): void {
  const unknown = recorded.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new DatabaseRefusedError(
      oneLine(
        `The database at DATABASE_URL has a migrations table recording migrations this server does not know ` +
          `(${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', ...' : ''}): another application's, or ` +
          `a newer version of this server's. ${NOTHING_CHANGED} Point DATABASE_URL at this server's database ` +
          '(or an empty one), or run the newer version.',
      ),
    );
  }
  const missing = recorded.flatMap((name) =>
    (TABLES_OF_MIGRATION[name] ?? []).filter((table) => !tables.has(table)).map((table) => ({ name, table })),
  );
  if (!recorded.includes(known[0]) || missing.length > 0) {
    const what =
      missing.length > 0
        ? `its migrations table records ${[...new Set(missing.map((entry) => entry.name))].join(', ')} ` +
          `but the tables ${missing.map((entry) => entry.table).join(', ')} are missing`
        : `its migrations table lacks the first migration, ${known[0]}`;
    throw new DatabaseRefusedError(
      oneLine(
        `The database at DATABASE_URL is this server's, half-made: ${what} (dropped by hand, or restored in ` +
          `part). ${NOTHING_CHANGED} Restore it from a backup, or point DATABASE_URL at an empty database.`,
      ),
    );
  }
}
