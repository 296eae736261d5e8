// Fuzzing every argument of every query and mutation, derived from the built schema: a malformed value (NUL, lone
// surrogates, 1 MB strings, wrong types, huge numbers, nested lists) in any one place, the rest plausible, never
// gives INTERNAL_SERVER_ERROR and never changes the database.
import { expect } from 'chai';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { buildSchema } from '../src/schema/build-schema';
import { startTestServer, TestServer } from './helpers/server';

const MALFORMED: [string, unknown][] = [
  ['a NUL byte', 'fuzz\u0000value'],
  ['a lone surrogate', 'fuzz\ud800value'],
  ['an object', { nested: { deeper: true } }],
  ['a huge number', 2 ** 53 + 2],
  ['a huge float', 1e308],
  ['nested lists', [[[['fuzz']]]]],
];

/** Sent only where text is expected: elsewhere it is one more wrong type, and each costs a 1 MB request. */
const HUGE_STRING: [string, unknown] = ['a 1 MB string', 'x'.repeat(1_000_000)];

const PLAUSIBLE_SCALARS: Record<string, unknown> = {
  Int: 999_999,
  Float: 1.5,
  String: 'fuzz',
  Boolean: false,
  ID: '999999',
  Date: '2030-01-01',
  DateTime: '2030-01-01T00:00:00.000Z',
};

/** A valid-looking value of `type` (ids that do not exist, so that nothing is found and changed). */
function plausible(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plausible(type.ofType);
  if (isListType(type)) return [plausible(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type)) return PLAUSIBLE_SCALARS[type.name] ?? 'fuzz';
  const value: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    if (isNonNullType(field.type) && field.defaultValue === undefined)
      value[field.name] = plausible(field.type);
  }
  return value;
}

/** Every place a value can go in `type`: [] for the value itself, then the paths of input object fields. */
function leaves(type: GraphQLInputType, depth = 0): { path: string[]; text: boolean }[] {
  const named = getNamedType(type);
  if (isLeafType(named) || !isInputObjectType(named) || depth > 3)
    return [{ path: [], text: named.name === 'String' || named.name === 'ID' }];
  return [
    { path: [], text: false },
    ...Object.values(named.getFields()).flatMap((field) =>
      leaves(field.type, depth + 1).map(({ path, text }) => ({ path: [field.name, ...path], text })),
    ),
  ];
}

function withValueAt(base: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const record = typeof base === 'object' && base !== null && !Array.isArray(base) ? base : {};
  const [head, ...rest] = path;
  return { ...record, [head]: withValueAt((record as Record<string, unknown>)[head], rest, value) };
}

interface Case {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

function cases(kind: 'query' | 'mutation', fields: GraphQLField<unknown, unknown>[]): Case[] {
  return fields.flatMap((field) => {
    const args: readonly GraphQLArgument[] = field.args;
    if (args.length === 0) return [];
    const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const passing = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const query = `${kind} Fuzz(${declarations}) { ${field.name}(${passing})${selection(field)} }`;
    const base = Object.fromEntries(args.map((arg) => [arg.name, plausible(arg.type)]));
    return args.flatMap((arg) =>
      leaves(arg.type).flatMap(({ path, text }) =>
        (text ? [...MALFORMED, HUGE_STRING] : MALFORMED).map(([name, value]) => ({
          label: `${field.name}(${[arg.name, ...path].join('.')}) with ${name}`,
          query,
          variables: { ...base, [arg.name]: withValueAt(base[arg.name], path, value) },
        })),
      ),
    );
  });
}

describe('fuzzing every argument (derived from the schema)', function () {
  this.timeout(180_000);
  let server: TestServer;
  let admin: string;

  before(async () => {
    // Large enough for the 1 MB strings to reach the resolvers rather than the body limit.
    server = await startTestServer({ env: { BODY_LIMIT: '3mb' } });
    admin = await server.login('admin');
  });
  after(() => server.dispose());

  /** One hash over every row of every table: equal digests, unchanged database. */
  async function digest(): Promise<string> {
    const tables = await server.sql<{ name: string }>(
      "SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const parts = await Promise.all(
      tables.map(async ({ name }) => {
        const [row] = await server.sql<{ hash: string | null }>(
          `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS hash FROM ${name} t`,
        );
        return `${name}:${row.hash ?? 'empty'}`;
      }),
    );
    return parts.join('\n');
  }

  it('gives no INTERNAL_SERVER_ERROR and changes nothing', async function () {
    // Its time depends on the machine's load (CI shares it with other work): a bound for mocha, not an assertion.
    this.timeout(240_000);
    const schema = await buildSchema();
    const all = [
      ...cases('query', Object.values(schema.getQueryType()?.getFields() ?? {})),
      ...cases('mutation', Object.values(schema.getMutationType()?.getFields() ?? {})),
    ];
    expect(all.length).to.be.greaterThan(300);
    const before = await digest();
    const defects: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < all.length) {
          const { label, query, variables } = all[next++];
          const response = await server.gql(query, variables, { token: admin });
          const codes = (response.errors ?? []).map((error) => error.extensions?.code);
          if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR'))
            defects.push(`${label}: ${response.status} ${JSON.stringify(response.errors)}`);
        }
      }),
    );
    expect(defects).to.deep.equal([]);
    expect(await digest()).to.equal(before);
  });
});
