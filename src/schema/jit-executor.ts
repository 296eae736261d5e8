// Query and mutation execution through graphql-jit: an operation that is used again is compiled to a plain
// JavaScript function (no per-field argument parsing, resolve-info objects or promise checks for fields that
// resolve synchronously), and executed by it from then on. On the orders page (100 rows × a dozen fields) this was
// the largest single cost of a request after the database (docs/BENCHMARKS.md).
//
// Apollo Server 5 takes another executor only through its gateway interface: `jitGateway(schema)` is that
// interface for a fixed schema. Apollo still parses, validates (with every limit of limits.ts), runs the plugins
// and formats the errors; only execution changes. Subscriptions run on graphql-ws with graphql-js (realtime/).
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { DocumentNode, execute, ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** An operation seen before, with its compiled form once made. */
interface Seen {
  compiled: CompiledQuery | null;
}

/**
 * Operations seen, by document and operation name. A compiled operation costs memory (generated code), so the set
 * is bounded and the least recently used documents go first. Keys are the DocumentNode objects Apollo hands over
 * (the same object for the same query text while its document cache keeps it).
 */
class SeenOperations {
  private readonly documents: LRUCache<DocumentNode, Map<string | null, Seen>>;

  constructor(capacity: number) {
    this.documents = new LRUCache({ max: capacity });
  }

  /** The operation as seen before, or null on first sight (which is remembered); marks it most recently used. */
  touch(document: DocumentNode, operationName: string | null): Seen | null {
    let operations = this.documents.get(document);
    if (!operations) {
      operations = new Map();
      this.documents.set(document, operations);
    }
    const found = operations.get(operationName);
    if (!found) operations.set(operationName, { compiled: null });
    return found ?? null;
  }
}

/**
 * graphql-jit leaves `extensions` undefined on an error whose original error has none (any unexpected error);
 * Apollo reads `extensions.code` of every error and, failing, would skip formatError (no masking, no log line).
 * Such errors get an empty `extensions` over the same error (message, locations, path, originalError unchanged).
 */
function withExtensions(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((error) => error.extensions === undefined)) return result;
  const errors = result.errors.map((error) =>
    error.extensions === undefined
      ? (Object.create(error, { extensions: { value: {}, enumerable: true } }) as GraphQLError)
      : error,
  );
  return { ...result, errors };
}

/** At most this many documents are remembered (and their operations compiled). */
export const JIT_DOCUMENTS = 500;

export function jitGateway(
  schema: GraphQLSchema,
  options: { onCompile?: () => void } = {},
): GatewayInterface {
  const seen = new SeenOperations(JIT_DOCUMENTS);
  const executor: GatewayExecutor = async (request) => {
    const { document, operationName } = request;
    const context = request.context;
    const variables = request.request.variables ?? {};
    const known = seen.touch(document, operationName);
    // An operation runs once with graphql-js; one that comes again is worth compiling (a few milliseconds).
    if (!known)
      return execute({ schema, document, operationName, contextValue: context, variableValues: variables });
    if (!known.compiled) {
      const result = compileQuery(schema, document, operationName ?? undefined, {
        disablingCapturingStackErrors: true,
      });
      if (!isCompiledQuery(result)) return result as ExecutionResult;
      known.compiled = result;
      options.onCompile?.();
    }
    // Variables are checked by graphql-js first, for its errors exactly (Apollo answers them 400 BAD_USER_INPUT);
    // the compiled query then coerces the same raw values again, which costs little.
    const checked = getVariableValues(schema, request.operation.variableDefinitions ?? [], variables, {
      maxErrors: 50,
    });
    if (checked.errors) return { errors: checked.errors };
    return withExtensions(await known.compiled.query(undefined, context, variables));
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
