// The graphql-jit executor (src/schema/jit-executor.ts) must answer exactly as graphql-js does: the same data and
// the same errors (message, path, code) for the same document, variables and caller, on the real schema (with
// its permissions) and a real database. The corpus covers what a compiler could get wrong: aliases, fragments,
// @skip/@include on fields and on fragment spreads, a union, lists of nested objects, introspection, errors from
// resolvers and from permissions, null propagation, variables (and their coercion errors).
import { expect } from 'chai';
import {
  DocumentNode,
  execute,
  ExecutionResult,
  getIntrospectionQuery,
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  parse,
} from 'graphql';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { applyPermissions } from '../src/auth/permissions';
import { buildContext } from '../src/auth/context';
import { buildSchema } from '../src/schema/build-schema';
import { JIT_DOCUMENTS, jitGateway } from '../src/schema/jit-executor';
import { capturedLogs, failAuditInserts, SeedUser, startTestServer, TestServer } from './helpers/server';

interface Case {
  name: string;
  as: SeedUser;
  query: string;
  variables?: Record<string, unknown>;
}

const ORDER_FIELDS = `id kodePesanan statusPesanan tanggalPesanan jumlahPesanan jumlahPesananAwal waktuDibuat
  requiresApproval approvalStatus catatanDapur
  pemesan { id namaLengkap role department { id namaDivisi } jabatan { namaJabatan department { id } } }
  department { id namaDivisi } shift { id namaShift jamMulai jamSelesai batasPesanMenit }
  requestedBy { id } approvedBy { id namaLengkap }`;

const CASES: Case[] = [
  {
    name: 'the orders page with every nested field',
    as: 'admin',
    query: `{ orders(limit: 100) { total totalPages page limit cursor items { ${ORDER_FIELDS} } } }`,
  },
  {
    name: "an employee's own orders (row scope)",
    as: 'employee',
    query: `{ orders(limit: 50) { total items { id kodePesanan pemesan { id } } } }`,
  },
  {
    name: 'aliases, fragments, inline fragments and __typename',
    as: 'admin',
    query: `query Aliases { first: orders(limit: 2) { ...Page } second: orders(page: 2, limit: 2) { ...Page }
        me { __typename ... on User { id nomorIndukKaryawan } who: namaLengkap } }
      fragment Page on OrderPage { __typename total items { __typename ...Item code: kodePesanan } }
      fragment Item on Order { id shift { ... on Shift { namaShift } } }`,
  },
  {
    name: '@skip and @include on fields, inline fragments and fragment spreads',
    as: 'admin',
    query: `query Directives($yes: Boolean!, $no: Boolean!) {
        orders(limit: 3) {
          total @include(if: $no)
          items {
            id @skip(if: $no)
            kodePesanan @skip(if: $yes)
            ...Shift @include(if: $yes)
            ...Pemesan @skip(if: $yes)
            ... on Order @include(if: $yes) { statusPesanan }
            department @include(if: $no) { id }
          }
        }
      }
      fragment Shift on Order { shift { id } }
      fragment Pemesan on Order { pemesan { id } }`,
    variables: { yes: true, no: false },
  },
  {
    name: 'a union (orderEventsSince) read through inline fragments',
    as: 'admin',
    query: `{ orderEventsSince(limit: 20) { endCursor hasMore events {
        __typename
        ... on OrderCreatedEvent { cursor at order { id kodePesanan } createdBy { id } }
        ... on OrderStatusChangedEvent { cursor oldStatus newStatus order { id } changedBy { namaLengkap } }
        ... on OrderApprovalRequestedEvent { cursor order { id } }
        ... on OrderApprovalDecidedEvent { cursor order { id } }
      } } }`,
  },
  {
    name: 'reports, enums and floats',
    as: 'admin',
    query: `{ consumptionReport(groupBy: MONTHLY) { period totalOrders totalMeals }
        performanceReport { overall { count avgTotalDurationMinutes } byShift { shiftId } }
        kitchenSummary { tanggal shifts { shiftId } } shifts { id namaShift jamMulai } departments { id namaDivisi } }`,
  },
  {
    name: 'an order out of scope (null) and one by code',
    as: 'employee',
    query: `query($id: Int!, $kode: String!) { order(id: $id) { id } orderByKode(kodePesanan: $kode) { id } }`,
    variables: { id: 1, kode: 'PM-20991231-001' },
  },
  {
    name: 'a field the caller may not read: FORBIDDEN with its path, the rest answered',
    as: 'employee',
    query: `{ me { id } auditTrail { total } pendingApprovals { id } }`,
  },
  {
    name: 'a resolver error inside a non-null field nulls its parent',
    as: 'admin',
    query: `{ orders(page: 0) { total } }`,
  },
  {
    name: 'bad argument values from variables',
    as: 'admin',
    query: `query($limit: Int) { orders(limit: $limit) { total } users(limit: 101) { total } }`,
    variables: { limit: 1000 },
  },
  {
    name: 'variables that do not coerce',
    as: 'admin',
    query: `query($id: Int!, $status: OrderStatus) { order(id: $id) { id } orders(filter: { status: $status }) { total } }`,
    variables: { id: 'seven', status: 'LOST' },
  },
  { name: 'introspection', as: 'admin', query: getIntrospectionQuery({ descriptions: true }) },
];

/** What a client sees of a result: data, and per error its message, path and code. */
function visible(result: ExecutionResult): unknown {
  return JSON.parse(
    JSON.stringify({
      data: result.data,
      errors: result.errors?.map((error: GraphQLError) => ({
        message: error.message,
        path: error.path,
        code:
          error.extensions?.code ??
          (error.originalError as { extensions?: { code?: string } } | undefined)?.extensions?.code ??
          null,
      })),
    }),
  );
}

describe('execution by graphql-jit', () => {
  let server: TestServer;
  let schema: GraphQLSchema;
  let tokens: Record<SeedUser, string>;
  let jit: (
    document: DocumentNode,
    context: object,
    variables: Record<string, unknown>,
  ) => Promise<ExecutionResult>;
  let compiled = 0;

  before(async () => {
    server = await startTestServer();
    tokens = await server.tokens();
    schema = applyPermissions(await buildSchema());
    const { executor } = await jitGateway(schema, { onCompile: () => (compiled += 1) }).load({
      apollo: { key: '', keyHash: '', graphRef: '' },
    });
    if (!executor) throw new Error('jitGateway gave no executor');
    jit = (document, context, variables) => {
      const operation = getOperationAST(document);
      if (!operation) throw new Error('no operation');
      return executor({
        document,
        operation,
        operationName: null,
        context,
        request: { query: '', variables },
      } as unknown as GatewayGraphQLRequestContext);
    };
    // Orders in several states, with an approval decided, so that every nullable field is filled somewhere.
    const created = await server.ok<{ createOrder: { id: number } }>(
      'mutation { createOrder(input: { shiftId: 2, jumlahPesanan: 4 }) { id } }',
      {},
      { token: tokens.employee },
    );
    const id = created.createOrder.id;
    await server.ok(
      'mutation($id: Int!) { updateOrderStatus(id: $id, status: IN_PROGRESS) { id } }',
      { id },
      {
        token: tokens.dapur,
      },
    );
    await server.ok(
      'mutation($id: Int!) { requestOrderEdit(id: $id, jumlahPesananBaru: 6, catatanDapur: "Two more for the night shift") { id } }',
      { id },
      { token: tokens.dapur },
    );
    await server.ok(
      'mutation($id: Int!) { decideApproval(id: $id, decision: APPROVED, catatanAdmin: "Fine by the canteen") { id } }',
      { id },
      { token: tokens.admin },
    );
    for (let i = 0; i < 3; i += 1)
      await server.ok(
        'mutation { createOrder(input: { shiftId: 1, jumlahPesanan: 2 }) { id } }',
        {},
        {
          token: tokens.employee,
        },
      );
  });
  after(() => server.dispose());

  for (const testCase of CASES)
    it(`answers ${testCase.name} as graphql-js does`, async () => {
      const document = parse(testCase.query);
      const variables = testCase.variables ?? {};
      // A context each (its DataLoaders cache per request), for the same caller.
      const context = () => buildContext(server.app.deps, tokens[testCase.as]);
      const expected = visible(
        await execute({ schema, document, contextValue: await context(), variableValues: variables }),
      );
      // The first run executes with graphql-js, the second compiles the operation, the third runs it compiled.
      const compiledBefore = compiled;
      for (let run = 0; run < 3; run += 1)
        expect(visible(await jit(document, await context(), variables)), `run ${run + 1}`).to.deep.equal(
          expected,
        );
      expect(compiled - compiledBefore, 'operations compiled').to.equal(1);
    });

  for (const [what, query] of [
    [
      'row scope and the caller',
      '{ me { id role } orders(limit: 50) { total items { id pemesan { id } } } }',
    ],
    ['a permission', '{ me { id } auditTrail(limit: 1) { total } }'],
  ])
    it(`answers each caller with its own context (${what}): as an administrator, then twice as an employee`, async () => {
      // The first run (administrator) executes with graphql-js, the second (employee) compiles, the third runs
      // compiled: a compiled path that kept the first caller's context would answer the employee as the
      // administrator.
      const document = parse(query);
      const answer = async (as: SeedUser, run: typeof jit | 'graphql-js') => {
        const contextValue = await buildContext(server.app.deps, tokens[as]);
        return visible(
          run === 'graphql-js'
            ? await execute({ schema, document, contextValue, variableValues: {} })
            : await run(document, contextValue, {}),
        );
      };
      const adminAnswer = await answer('admin', 'graphql-js');
      const employeeAnswer = await answer('employee', 'graphql-js');
      expect(employeeAnswer, 'the two callers are told different things').to.not.deep.equal(adminAnswer);
      const compiledBefore = compiled;
      expect(await answer('admin', jit), 'run 1: administrator').to.deep.equal(adminAnswer);
      expect(await answer('employee', jit), 'run 2: employee, compiled now').to.deep.equal(employeeAnswer);
      expect(await answer('employee', jit), 'run 3: employee, compiled').to.deep.equal(employeeAnswer);
      expect(compiled - compiledBefore, 'operations compiled').to.equal(1);
      expect(await answer('admin', jit), 'run 4: administrator again, compiled').to.deep.equal(adminAnswer);
    });

  it('keeps at most JIT_DOCUMENTS documents: the least recently used is forgotten and runs with graphql-js again', async () => {
    const context = await buildContext(server.app.deps, tokens.admin);
    const first = parse('{ me { id } }');
    await jit(first, context, {});
    await jit(first, context, {});
    const compiledBefore = compiled;
    // JIT_DOCUMENTS other documents, each seen once, push the first one out.
    for (let index = 0; index < JIT_DOCUMENTS; index += 1)
      await jit(parse(`{ me { id${index}: id } }`), context, {});
    expect(compiled).to.equal(compiledBefore);
    const again = await jit(first, context, {});
    expect(again.data).to.deep.equal({ me: { id: context.user?.karyawanId } });
    expect(compiled, 'first sight again: graphql-js, not compiled').to.equal(compiledBefore);
    await jit(first, context, {});
    expect(compiled).to.equal(compiledBefore + 1);
  });

  it('the corpus reaches data and errors of every kind', async () => {
    // Guards the corpus itself: it must keep covering non-empty pages, resolver and permission errors.
    const page = await server.ok<{ orders: { total: number } }>(
      '{ orders { total } }',
      {},
      { token: tokens.admin },
    );
    expect(page.orders.total).to.be.greaterThan(3);
    const forbiddenQuery = parse('{ auditTrail { total } }');
    for (let run = 0; run < 2; run += 1) {
      const forbidden = await jit(forbiddenQuery, await buildContext(server.app.deps, tokens.employee), {});
      expect(visible(forbidden)).to.have.nested.property('errors[0].code', 'FORBIDDEN');
    }
    const invalidQuery = parse('query($id: Int!) { order(id: $id) { id } }');
    for (let run = 0; run < 2; run += 1) {
      const invalid = await jit(invalidQuery, {}, { id: 'x' });
      expect(invalid.errors?.[0].message).to.match(/^Variable "\$id" got invalid value "x"/);
    }
  });
});

describe('an unexpected error on the compiled path', () => {
  let server: TestServer;
  const logs = capturedLogs();

  before(async () => {
    server = await startTestServer({ env: { LOG_LEVEL: 'error' }, logDestination: logs.destination });
    await failAuditInserts(server, 'ORDER_CREATED');
  });
  after(() => server.dispose());

  it('is masked and logged as on the first run, when the operation runs compiled', async () => {
    const token = await server.login('employee');
    // The first run executes with graphql-js, the later ones compiled.
    for (let run = 0; run < 3; run += 1) {
      const response = await server.gql(
        'mutation Fails { createOrder(input: { shiftId: 1, jumlahPesanan: 1 }) { id } }',
        {},
        { token },
      );
      const seen = response.errors?.map((error) => ({
        message: error.message,
        path: error.path,
        code: error.extensions?.code,
        stacktrace: error.extensions?.stacktrace,
      }));
      expect(seen, `run ${run + 1}`).to.deep.equal([
        {
          message: 'Internal server error',
          path: ['createOrder'],
          code: 'INTERNAL_SERVER_ERROR',
          stacktrace: undefined,
        },
      ]);
    }
    const unexpected = logs.lines.filter((line) => line.msg === 'Unexpected error');
    expect(unexpected.map((line) => (line.err as { message?: string }).message)).to.deep.equal([
      'injected failure',
      'injected failure',
      'injected failure',
    ]);
    expect(await server.sql('SELECT id FROM transaction_pesanan')).to.have.length(0);
  });
});
