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

/**
 * The values of a statement being put together from parts (data-modifying CTEs): each value added gets the next
 * placeholder. The text must come out the same for every call of one kind (it may be prepared), so parts add their
 * values in a fixed order, whatever the values are.
 */
export class StatementValues {
  readonly values: unknown[] = [];

  /** The placeholder of `value` (`$n`). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
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

/**
 * SQL for the JSON text that `JSON.stringify` makes of an entity that `asEntities` hydrated from the row `alias`
 * (column names as in the table): the same keys in the same order, the same values (instants as ISO strings in
 * UTC with milliseconds, truncated as the driver truncates them; business dates as 'YYYY-MM-DD'). For a statement
 * that writes a row and, in the same round trip, stores its snapshot (createOrder's event). Only the column types
 * whose JSON is known to match are accepted: any other (or a transformer) is refused here, so an entity that
 * gains one fails loudly rather than storing something else.
 */
export function entityJsonSql<E extends ObjectLiteral>(
  on: DataSource | EntityManager,
  target: EntityTarget<E>,
  alias: string,
): string {
  const metadata = dataSourceOf(on).getMetadata(target);
  const parts = metadata.columns.map((column, index) => {
    if (column.transformer || column.isArray)
      throw new Error(
        `entityJsonSql: ${metadata.name}.${column.propertyName} has a transformer or is an array`,
      );
    const value = `${alias}."${column.databaseName}"`;
    const type = typeof column.type === 'string' ? column.type : column.type.name.toLowerCase();
    let json: string;
    if (type === 'timestamptz' || type === 'timestamp with time zone')
      json = `to_json(to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
    else if (['int', 'integer', 'number', 'varchar', 'text', 'enum', 'boolean', 'date'].includes(type))
      json = `to_json(${value})`;
    else throw new Error(`entityJsonSql: ${metadata.name}.${column.propertyName} has type ${type}`);
    const key = `${index === 0 ? '{' : ','}${JSON.stringify(column.propertyName)}:`;
    // JSON.stringify leaves out undefined, never null: a NULL column is "key":null.
    return `'${key.replace(/'/g, "''")}' || COALESCE(${json}::text, 'null')`;
  });
  return `(${parts.join(' || ')} || '}')`;
}
