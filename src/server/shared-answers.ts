// Subscription events answered once per group of subscribers that would get the same answer. A fan-out of one event
// to 2,000 screens used to execute the same selection 2,000 times (graphql-js execution and its garbage were most of
// the servers' CPU, docs/BENCHMARKS.md). Each subscriber still has its own source stream (what it may receive is
// decided per subscriber: events/audience.ts), but the answer to an event it receives depends only on the event,
// the document, its variables and what the resolvers read of the subscriber: the root rule of the permissions map
// reads the role and whether the password must be changed, and nothing below a subscription's root reads the user
// (nested fields load by id through the event's loaders). Subscribers alike in those share one execution and one
// result object.
//
// The rule is enforced, not assumed: the shared execution's context carries a user with only the role and
// mustChangePassword, and any other property of it throws, so a resolver that starts reading the subscriber's
// identity below a subscription fails loudly in tests instead of leaking one subscriber's answer to another.
import { createSourceEventStream, DocumentNode, execute, ExecutionArgs, ExecutionResult } from 'graphql';
import type { AuthUser, Context } from '../context/request-context';

type Answer = ExecutionResult | Promise<ExecutionResult>;

/** What an answer may depend on of the subscriber (the permissions map's root rule reads these). */
const SHARED_USER_FIELDS = ['role', 'mustChangePassword'] as const satisfies readonly (keyof AuthUser)[];

/** The subscriber as the shared execution sees it: its role and password state, nothing that tells it apart. */
function sharedUser(user: AuthUser): AuthUser {
  const known = new Set<PropertyKey>(SHARED_USER_FIELDS);
  const visible = Object.fromEntries(SHARED_USER_FIELDS.map((field) => [field, user[field]]));
  return new Proxy(visible as unknown as AuthUser, {
    get(target, property, receiver) {
      if (known.has(property) || typeof property === 'symbol') return Reflect.get(target, property, receiver);
      throw new Error(
        `A subscription's answer is shared by subscribers of the same role; a resolver below it read user.${String(property)}`,
      );
    },
  });
}

/** The part of the group key that comes from the subscriber: exactly what sharedUser() lets resolvers read. */
function viewerKey(user: AuthUser | null): string {
  return user ? SHARED_USER_FIELDS.map((field) => String(user[field])).join(':') : '-';
}

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 1;

/** A number per parsed document: subscribers share answers only when they share the document object. */
function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) {
    id = nextDocumentId++;
    documentIds.set(document, id);
  }
  return id;
}

/**
 * The answer with its data as plain objects: graphql-js builds results from null-prototype objects, which V8 keeps
 * as dictionaries and serializes at about half the speed; an answer is serialized once per subscriber, made once.
 */
function plainData(result: ExecutionResult): ExecutionResult {
  if (result.errors?.length || !result.data) return result;
  return { ...result, data: JSON.parse(JSON.stringify(result.data)) as Record<string, unknown> };
}

/** Answers per event (the object the source stream yields), by group; gone with the event. */
const answers = new WeakMap<object, Map<string, Answer>>();

/** Each subscription's group key, made once (its arguments are the same object for every event it receives). */
const groupKeys = new WeakMap<ExecutionArgs, string>();

function groupKey(args: ExecutionArgs): string {
  let key = groupKeys.get(args);
  if (key === undefined) {
    const context = args.contextValue as Context;
    key = `${documentId(args.document)}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(
      args.variableValues ?? {},
    )}\u0000${viewerKey(context.user)}`;
    groupKeys.set(args, key);
  }
  return key;
}

function answer(args: ExecutionArgs, event: unknown, onExecute: () => void): Answer {
  if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event }); // nothing to key on; not what our streams yield
  const key = groupKey(args);
  let byGroup = answers.get(event);
  if (!byGroup) {
    byGroup = new Map();
    answers.set(event, byGroup);
  }
  let result = byGroup.get(key);
  if (!result) {
    onExecute();
    const context = args.contextValue as Context;
    // A context of its own per execution: the root resolver sets its loaders, and two events may run at once.
    const shared: Context = { ...context, user: context.user && sharedUser(context.user) };
    const executed = execute({ ...args, rootValue: event, contextValue: shared });
    result = executed instanceof Promise ? executed.then(plainData) : plainData(executed);
    byGroup.set(key, result);
  }
  return result;
}

/**
 * The stream `source` with each value mapped through `map`, as graphql-js's own subscribe does it (return and throw
 * reach the source, so a client's `complete` closes the subscriber's stream at once).
 */
function mapStream<T, R>(source: AsyncIterable<T>, map: (value: T) => R | Promise<R>): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const mapResult = async (result: IteratorResult<T>): Promise<IteratorResult<R>> => {
    if (result.done) return { value: undefined, done: true };
    try {
      return { value: await map(result.value), done: false };
    } catch (error) {
      await iterator.return?.().catch(() => undefined);
      throw error;
    }
  };
  const mapped = {
    next: async () => mapResult(await iterator.next()),
    return: async () =>
      iterator.return ? mapResult(await iterator.return()) : { value: undefined, done: true as const },
    throw: async (error: unknown) => {
      if (iterator.throw) return mapResult(await iterator.throw(error));
      throw error;
    },
    [Symbol.asyncIterator]: () => mapped,
  };
  return mapped as AsyncGenerator<R>;
}

/**
 * graphql-js's `subscribe`, with each event's answer shared by the subscribers that would get the same one (above);
 * `onExecute` is told of each execution (a metric). The source stream is the subscriber's own: its subscribe
 * resolver runs with its full context.
 */
export function sharingSubscribe(onExecute: () => void = () => undefined) {
  return async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
    return mapStream(source as AsyncIterable<unknown>, (event) => answer(args, event, onExecute));
  };
}
