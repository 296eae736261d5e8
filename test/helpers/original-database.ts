// Databases of the original (Prisma) system for the adoption tests: created from test/fixtures/*.sql on the test
// PostgreSQL server, plus what the tests compare them by (a catalog and data digest, the schema's shape).
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { withDatabase } from '../../src/db/data-source';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
export const ORIGINAL_SCHEMA = fs.readFileSync(path.join(FIXTURES, 'original-schema.sql'), 'utf8');
export const ORIGINAL_DATA = fs.readFileSync(path.join(FIXTURES, 'original-data.sql'), 'utf8');

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_SERVER_URL;
  if (!url) throw new Error('The mocha global setup did not run (see .mocharc.json)');
  return url;
}

/** Runs `work` on a connection to the database at `url`. */
export async function withConnection<T>(url: string, work: (source: DataSource) => Promise<T>): Promise<T> {
  const source = new DataSource({ type: 'postgres', url, extra: { max: 1 } });
  await source.initialize();
  try {
    return await work(source);
  } finally {
    await source.destroy();
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the test server, filled by the given SQL scripts in order. */
export async function databaseFrom(name: string, scripts: string[]): Promise<TestDatabase> {
  const admin = withDatabase(serverUrl(), 'postgres');
  await withConnection(admin, (source) => source.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(serverUrl(), name);
  await withConnection(url, async (source) => {
    for (const script of scripts) await source.query(script);
  });
  return {
    url,
    drop: () =>
      withConnection(admin, (source) => source.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/**
 * Everything a failed adoption could have touched: relations, columns, indexes, constraints, enum types,
 * triggers, extensions, sequence positions, and every row of every table (as text, in a stable order).
 */
export async function digest(url: string): Promise<Record<string, string>> {
  return withConnection(url, async (source) => {
    const [catalog] = await source.query(`
      SELECT md5(string_agg(x, E'\\n' ORDER BY x)) AS digest FROM (
        SELECT 'rel ' || relname || ' ' || relkind::text FROM pg_class WHERE relnamespace = 'public'::regnamespace
        UNION ALL
        SELECT concat_ws(' ', 'col', table_name, column_name, data_type, udt_name, character_maximum_length,
                         datetime_precision, is_nullable, column_default, ordinal_position)
          FROM information_schema.columns WHERE table_schema = 'public'
        UNION ALL SELECT 'idx ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
        UNION ALL
        SELECT concat_ws(' ', 'con', conrelid::regclass, conname, pg_get_constraintdef(oid), convalidated)
          FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        UNION ALL
        SELECT 'type ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
        UNION ALL SELECT 'trg ' || tgname FROM pg_trigger WHERE NOT tgisinternal
        UNION ALL SELECT 'ext ' || extname FROM pg_extension
      ) d(x)`);
    const result: Record<string, string> = { catalog: catalog.digest };
    const relations: { relname: string; relkind: string }[] = await source.query(
      `SELECT relname, relkind FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')
        ORDER BY relname`,
    );
    for (const { relname, relkind } of relations) {
      const [row] =
        relkind === 'S'
          ? await source.query(`SELECT last_value || ' ' || is_called AS digest FROM "${relname}"`)
          : await source.query(
              `SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest
                 FROM "${relname}" t`,
            );
      result[relname] = row.digest;
    }
    return result;
  });
}

export interface SchemaShape {
  columns: string[];
  indexes: string[];
  foreignKeys: string[];
  checks: string[];
}

/**
 * The schema as the application sees it, without names that may differ between a database this server created
 * and one it adopted: enum type names (compared by their values), index and constraint names.
 */
export async function schemaShape(url: string): Promise<SchemaShape> {
  return withConnection(url, async (source) => {
    const lines = async (sql: string) =>
      ((await source.query(sql)) as { line: string }[]).map((row) => row.line).sort();
    return {
      columns: await lines(`
        SELECT concat_ws(' ', c.table_name || '.' || c.column_name, c.data_type, c.character_maximum_length,
                         c.numeric_precision, c.datetime_precision, 'nullable=' || c.is_nullable,
                         'default=' || regexp_replace(c.column_default, '::("[^"]+"|[a-z_]+_enum)$', ''),
                         (SELECT 'values=' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                            FROM pg_attribute a JOIN pg_enum e ON e.enumtypid = a.atttypid
                           WHERE a.attrelid = (c.table_schema || '.' || c.table_name)::regclass
                             AND a.attname = c.column_name)) AS line
          FROM information_schema.columns c
         WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'`),
      indexes: await lines(`
        SELECT regexp_replace(regexp_replace(indexdef, 'INDEX \\S+ ON', 'INDEX ON'), '::("[^"]+"|[a-z_]+_enum)', '', 'g')
               AS line FROM pg_indexes
         WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
      foreignKeys: await lines(`
        SELECT conrelid::regclass || ' (' || array_to_string(ARRAY(
                 SELECT attname FROM pg_attribute WHERE attrelid = conrelid AND attnum = ANY(conkey)), ',')
               || ') -> ' || confrelid::regclass
               || ' on delete ' || CASE confdeltype WHEN 'r' THEN 'a' ELSE confdeltype::text END AS line
          FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`),
      checks: await lines(`
        SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) AS line
          FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace`),
    };
  });
}

/**
 * The whole catalog of a database as a digest: every schema, relation (with its kind), column, constraint,
 * function, type, extension and trigger, by name (not oid), plus the row count of every table. Equal digests
 * before and after a refused start mean it created, dropped or altered nothing.
 */
export async function catalogDigest(url: string): Promise<string> {
  return withConnection(url, async (source) => {
    const [catalog] = await source.query(`
      SELECT count(*)::int || ' ' || md5(string_agg(x, E'\\n' ORDER BY x)) AS digest FROM (
        SELECT 'schema ' || nspname FROM pg_namespace
        UNION ALL SELECT 'rel ' || oid::regclass::text || ' ' || relkind::text FROM pg_class
        UNION ALL
        SELECT concat_ws(' ', 'col', attrelid::regclass::text, attname, format_type(atttypid, atttypmod), attnotnull)
          FROM pg_attribute WHERE attnum > 0 AND NOT attisdropped
        UNION ALL
        SELECT concat_ws(' ', 'con', conrelid::regclass::text, conname, pg_get_constraintdef(oid)) FROM pg_constraint
        UNION ALL SELECT 'proc ' || oid::regprocedure::text FROM pg_proc
        UNION ALL SELECT 'type ' || format_type(oid, NULL) FROM pg_type
        UNION ALL SELECT 'enum ' || enumtypid::regtype::text || ' ' || enumlabel FROM pg_enum
        UNION ALL SELECT 'ext ' || extname || ' ' || extversion FROM pg_extension
        UNION ALL SELECT 'trg ' || tgrelid::regclass::text || ' ' || tgname FROM pg_trigger
      ) d(x)`);
    const tables: { name: string }[] = await source.query(
      `SELECT oid::regclass::text AS name FROM pg_class
        WHERE relkind = 'r' AND relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
        ORDER BY 1`,
    );
    const counts: string[] = [];
    for (const { name } of tables) {
      const [row] = await source.query(`SELECT count(*)::int AS n FROM ${name}`);
      counts.push(`${name} ${row.n}`);
    }
    return `${catalog.digest} | ${counts.join(', ')}`;
  });
}

/**
 * Every value of every column of the given tables, by table, column and primary key, in a form that survives
 * adoption's type changes unchanged: instants as UTC text with microseconds (a Prisma `timestamp` holds UTC and
 * becomes timestamptz), everything else as text. `columns` limits it to these "table.column" names (the
 * original's columns, compared after adoption added others).
 */
export async function columnValues(
  url: string,
  tables: string[],
  columns?: string[],
): Promise<Record<string, Record<string, string | null>>> {
  return withConnection(url, async (source) => {
    const found: { table: string; column: string; type: string }[] = await source.query(
      `SELECT table_name AS "table", column_name AS "column", data_type AS type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = ANY($1) ORDER BY table_name, ordinal_position`,
      [tables],
    );
    const result: Record<string, Record<string, string | null>> = {};
    for (const table of tables) {
      const [key] = await source.query(
        `SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) AS key
           FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
          WHERE i.indrelid = $1::regclass AND i.indisprimary`,
        [table],
      );
      for (const { column, type } of found.filter((entry) => entry.table === table)) {
        const name = `${table}.${column}`;
        if (columns && !columns.includes(name)) continue;
        const quoted = `"${column.replace(/"/g, '""')}"`;
        const value =
          type === 'timestamp with time zone'
            ? `to_char(${quoted} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')`
            : type === 'timestamp without time zone'
              ? `to_char(${quoted}, 'YYYY-MM-DD HH24:MI:SS.US')`
              : `${quoted}::text`;
        const rows: { key: string; value: string | null }[] = await source.query(
          `SELECT (${key.key})::text AS key, ${value} AS value FROM "${table}"`,
        );
        result[name] = Object.fromEntries(rows.map((row) => [row.key, row.value]));
      }
    }
    return result;
  });
}
