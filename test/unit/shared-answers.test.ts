import { expect } from 'chai';
import { ExecutionResult, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { sharingSubscribe } from '../../src/server/shared-answers';

interface Tick {
  n: number;
}

/** A schema whose subscription yields the same event objects to every subscriber, as the event bus does. */
function schemaOver(events: readonly Tick[]): GraphQLSchema {
  const TickType = new GraphQLObjectType<Tick, { user: { role: string; karyawanId: number } }>({
    name: 'Tick',
    fields: {
      n: { type: GraphQLInt },
      role: { type: GraphQLString, resolve: (_tick, _args, ctx) => ctx.user.role },
      mine: { type: GraphQLString, resolve: (_tick, _args, ctx) => `karyawan ${ctx.user.karyawanId}` },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { n: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        tick: {
          type: TickType,
          subscribe: async function* () {
            for (const event of events) yield event;
          },
          resolve: (event: Tick) => event,
        },
      },
    }),
  });
}

function user(karyawanId: number, role: string) {
  return { karyawanId, role, mustChangePassword: false, userId: karyawanId, nik: `N${karyawanId}` };
}

async function collect(stream: unknown): Promise<ExecutionResult[]> {
  const results: ExecutionResult[] = [];
  for await (const result of stream as AsyncIterable<ExecutionResult>) results.push(result);
  return results;
}

describe('shared subscription answers (unit)', () => {
  const events = [{ n: 1 }, { n: 2 }];
  const schema = schemaOver(events);

  it('executes each event once for subscribers alike in document, variables and role', async () => {
    let executions = 0;
    const subscribe = sharingSubscribe(() => (executions += 1));
    const document = parse('subscription { tick { n role } }');
    const [first, second, kitchen] = await Promise.all(
      [user(1, 'ADMINISTRATOR'), user(2, 'ADMINISTRATOR'), user(3, 'DAPUR')].map(async (viewer) =>
        collect(await subscribe({ schema, document, contextValue: { user: viewer } })),
      ),
    );
    expect(first.map((result) => result.data)).to.deep.equal([
      { tick: { n: 1, role: 'ADMINISTRATOR' } },
      { tick: { n: 2, role: 'ADMINISTRATOR' } },
    ]);
    // The same answer object for the two administrators; the kitchen's own (its role is part of the answer).
    expect(second[0]).to.equal(first[0]);
    expect(second[1]).to.equal(first[1]);
    expect(kitchen.map((result) => result.data)).to.deep.equal([
      { tick: { n: 1, role: 'DAPUR' } },
      { tick: { n: 2, role: 'DAPUR' } },
    ]);
    expect(executions).to.equal(4);
  });

  it('keeps answers apart for different variables and different documents', async () => {
    let executions = 0;
    const subscribe = sharingSubscribe(() => (executions += 1));
    const withVariable = parse('subscription($x: Int) { tick { n } }');
    const other = parse('subscription { tick { n } }');
    const viewer = user(1, 'ADMINISTRATOR');
    await Promise.all([
      subscribe({
        schema,
        document: withVariable,
        variableValues: { x: 1 },
        contextValue: { user: viewer },
      }).then(collect),
      subscribe({
        schema,
        document: withVariable,
        variableValues: { x: 2 },
        contextValue: { user: viewer },
      }).then(collect),
      subscribe({ schema, document: other, contextValue: { user: viewer } }).then(collect),
    ]);
    expect(executions).to.equal(3 * events.length);
  });

  it('refuses, loudly, a resolver that reads who the subscriber is below a shared subscription', async () => {
    const subscribe = sharingSubscribe();
    const document = parse('subscription { tick { n mine } }');
    const [result] = await collect(
      await subscribe({ schema, document, contextValue: { user: user(1, 'ADMINISTRATOR') } }),
    );
    expect(result.errors?.[0]?.message).to.match(/shared by subscribers of the same role.*user\.karyawanId/);
    expect(result.data).to.deep.equal({ tick: { n: 1, mine: null } });
  });
});
