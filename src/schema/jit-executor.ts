// Query and mutation execution through graphql-jit: each operation of a document is compiled once to a plain
// JavaScript function (no per-field argument parsing, resolve-info objects or promise checks for fields that
// resolve synchronously), and executed by it from then on. On the orders page (100 rows × a dozen fields) this is
// the largest single cost of a request after the database (docs/BENCHMARKS.md).
//
// Apollo Server 5 takes another executor only through its gateway interface: `jitGateway(schema)` is that
// interface for a fixed schema. Apollo still parses, validates (with every limit of limits.ts), runs the plugins
// and formats the errors; only execution changes. Subscriptions run on graphql-ws with graphql-js (realtime/).
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { DocumentNode, GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';

/** Compiled operations per document: Apollo hands the same DocumentNode for the same query text (its LRU). */
type Compiled = Map<string | null, CompiledQuery>;

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Compiled>();
  const executor: GatewayExecutor = async (request) => {
    let operations = compiled.get(request.document);
    if (!operations) {
      operations = new Map();
      compiled.set(request.document, operations);
    }
    let query = operations.get(request.operationName);
    if (!query) {
      const result = compileQuery(schema, request.document, request.operationName ?? undefined, {
        disablingCapturingStackErrors: true,
      });
      if (!isCompiledQuery(result)) return result;
      query = result;
      operations.set(request.operationName, query);
    }
    // Variables are checked by graphql-js first, for its errors exactly (Apollo answers them 400 BAD_USER_INPUT);
    // the compiled query then coerces the same raw values again, which costs little.
    const variables = request.request.variables ?? {};
    const checked = getVariableValues(schema, request.operation.variableDefinitions ?? [], variables, {
      maxErrors: 50,
    });
    if (checked.errors) return { errors: checked.errors };
    return query.query(undefined, request.context, variables);
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}
