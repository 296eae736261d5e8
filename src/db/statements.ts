// Statements of the hot paths run without TypeORM's query runner, prepared once frequent; entity column lists and
// hydration for them.
import crypto from 'node:crypto';
import { Pool, PoolClient, QueryResultRow, types } from 'pg';
import { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

// Business dates (DATE columns) stay 'YYYY-MM-DD' strings: converting them to a JS Date would shift them by the
// server's own time zone.
types.setTypeParser(1082, (value: string) => value);
// bigint ids (audit rows) fit in a JS number for any realistic table size; counts come back as numbers.
types.setTypeParser(20, (value: string) => Number(value));

/**
 * Which statement texts run as named prepared statements. PostgreSQL then parses and plans a text once per
 * connection instead of on every call: for an orders page with its joins the plan costs about as much as the
 * rest of the statement (docs/BENCHMARKS.md). Each connection keeps every text it prepared, so the set is
 * bounded: a text is prepared once it has run `admitAfter` times (one-off queries never are) and at most
 * `capacity` texts are; all others run unnamed, as before. Names come from the text itself, so a text has the
 * same name on every connection and in every process.
 */
export class PreparedTexts {
  private readonly names = new Map<string, string>();
  private readonly uses = new Map<string, number>();

  constructor(
    private readonly capacity: number,
    private readonly admitAfter: number,
  ) {}

  /** The statement name to run `text` under, or undefined to run it unnamed. */
  nameFor(text: string): string | undefined {
    const name = this.names.get(text);
    if (name !== undefined || this.names.size >= this.capacity) return name;
    const uses = (this.uses.get(text) ?? 0) + 1;
    if (uses < this.admitAfter) {
      // Counting stays bounded too: a stream of distinct texts starts the count again.
      if (this.uses.size >= this.capacity * 16) this.uses.clear();
      this.uses.set(text, uses);
      return undefined;
    }
    this.uses.delete(text);
    const admitted = `pm_${crypto.createHash('sha1').update(text).digest('hex')}`;
    this.names.set(text, admitted);
    return admitted;
  }
}

/** Each DataSource's PreparedTexts (createDataSource sets it; without one, every statement runs unnamed). */
export const preparedTextsOf = new WeakMap<DataSource, PreparedTexts>();

/** The DataSource of a DataSource or of an EntityManager (a transaction's or the default one). */
function dataSourceOf(on: DataSource | EntityManager): DataSource {
  return on instanceof DataSource ? on : on.connection;
}

/**
 * Runs one statement of a hot path (the per-request account check, planned order reads, the writes of an order's
 * creation) without TypeORM's query runner, prepared once it proves frequent (PreparedTexts). `on` is the
 * DataSource (any pooled connection) or a transaction's EntityManager (that transaction's connection). Counted
 * like every other statement.
 */
export async function runStatement<T extends QueryResultRow>(
  on: DataSource | EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const dataSource = dataSourceOf(on);
  dataSource.logger.logQuery(text, values);
  const name = preparedTextsOf.get(dataSource)?.nameFor(text);
  const query = name === undefined ? { text, values } : { name, text, values };
  const runner = on instanceof DataSource ? undefined : on.queryRunner;
  if (runner === undefined) {
    const pool = (dataSource.driver as PostgresDriver).master as Pool;
    return (await pool.query<T>(query)).rows;
  }
  const client = (await runner.connect()) as PoolClient;
  return (await client.query<T>(query)).rows;
}

const columnLists = new WeakMap<EntityMetadata, string>();

/**
 * An entity's columns as a `SELECT`/`RETURNING` list for runStatement. A prepared statement must not say `*`: a
 * migration that adds a column while a process keeps serving (a rolling deploy) would change the result of every
 * statement that process prepared, and PostgreSQL refuses to run those ("cached plan must not change result
 * type").
 */
export function entityColumns<E extends ObjectLiteral>(
  on: DataSource | EntityManager,
  target: EntityTarget<E>,
): string {
  const metadata = dataSourceOf(on).getMetadata(target);
  let list = columnLists.get(metadata);
  if (list === undefined) {
    list = metadata.columns.map((column) => `"${column.databaseName}"`).join(', ');
    columnLists.set(metadata, list);
  }
  return list;
}

/**
 * Rows that `runStatement` read from an entity's table (`entityColumns`: column names as in the table) as
 * entities, each value converted as TypeORM converts it when it loads the entity itself (types, transformers).
 */
export function asEntities<E extends ObjectLiteral>(
  on: DataSource | EntityManager,
  target: EntityTarget<E>,
  rows: readonly Record<string, unknown>[],
): E[] {
  const dataSource = dataSourceOf(on);
  const metadata = dataSource.getMetadata(target);
  return rows.map((row) => {
    const entity = metadata.create() as E;
    for (const column of metadata.columns)
      if (column.databaseName in row)
        column.setEntityValue(
          entity,
          dataSource.driver.prepareHydratedValue(row[column.databaseName], column),
        );
    return entity;
  });
}
