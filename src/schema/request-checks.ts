// Checks on a parsed operation before it runs, applied alike to HTTP (an Apollo plugin) and WebSocket (graphql-ws
// onSubscribe): text that PostgreSQL cannot store or that is not valid Unicode (NUL, lone surrogates), anywhere in
// the arguments, literal or variable, is BAD_USER_INPUT naming the field; a subscription over HTTP is BAD_REQUEST.
import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, OperationTypeNode, ValueNode, visit } from 'graphql';
import { AppError, BadUserInputError } from '../common/errors';

/** Deeper input than this is refused rather than walked (a 100 kB body can nest thousands of lists). */
const MAX_INPUT_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be accepted as a string value, or null when it can. */
export function invalidText(text: string): string | null {
  if (text.includes('\0')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'is not valid Unicode (lone surrogate)';
  return null;
}

interface Finding {
  field: string;
  problem: string;
}

function checkRuntime(value: unknown, field: string, depth: number): Finding | null {
  if (depth > MAX_INPUT_DEPTH) return { field, problem: 'is nested too deeply' };
  if (typeof value === 'string') {
    const problem = invalidText(value);
    return problem ? { field, problem } : null;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = checkRuntime(item, field, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = checkRuntime(item, `${field}.${key}`, depth + 1) ?? checkRuntime(key, field, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

function checkLiteral(
  node: ValueNode,
  field: string,
  variables: Readonly<Record<string, unknown>>,
  depth: number,
): Finding | null {
  if (depth > MAX_INPUT_DEPTH) return { field, problem: 'is nested too deeply' };
  switch (node.kind) {
    case 'StringValue':
      return checkRuntime(node.value, field, depth);
    case 'Variable':
      return checkRuntime(variables[node.name.value], field, depth);
    case 'ListValue':
      for (const item of node.values) {
        const found = checkLiteral(item, field, variables, depth + 1);
        if (found) return found;
      }
      return null;
    case 'ObjectValue':
      for (const item of node.fields) {
        const found = checkLiteral(item.value, `${field}.${item.name.value}`, variables, depth + 1);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}

/** A value the checks read in a document: a variable's default (checked without variables) or an argument's value. */
interface CheckedValue {
  node: ValueNode;
  field: string;
  isDefault: boolean;
}

/**
 * The values to check in a document, in document order. Found by walking it once per document (Apollo Server and
 * the WebSocket path hand the same parsed document to every request that sends the same text): the walk cost more
 * than the checks themselves.
 */
const checkedValues = new WeakMap<DocumentNode, readonly CheckedValue[]>();

function valuesToCheck(document: DocumentNode): readonly CheckedValue[] {
  let values = checkedValues.get(document);
  if (values === undefined) {
    const found: CheckedValue[] = [];
    visit(document, {
      // A default value is used when the variable is not given; unused variables fail validation before this.
      VariableDefinition(node) {
        if (node.defaultValue)
          found.push({ node: node.defaultValue, field: node.variable.name.value, isDefault: true });
        return false;
      },
      Argument(node) {
        found.push({ node: node.value, field: node.name.value, isDefault: false });
        return false;
      },
    });
    values = found;
    checkedValues.set(document, values);
  }
  return values;
}

/** The first argument value (literal or variable) holding invalid text, as BAD_USER_INPUT; null when all is well. */
export function invalidInput(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): GraphQLError | null {
  for (const { node, field, isDefault } of valuesToCheck(document)) {
    const finding = checkLiteral(node, field, isDefault ? {} : (variables ?? {}), 0);
    if (finding) return new BadUserInputError(finding.field, `${finding.field} ${finding.problem}`);
  }
  return null;
}

/** Subscriptions stream over WebSocket only. */
export function subscriptionOverHttp(): GraphQLError {
  return new AppError(
    'BAD_REQUEST',
    'Subscriptions are served over WebSocket (graphql-ws protocol) at /graphql, not over HTTP',
  );
}

const SUGGESTION = / ?Did you mean(.+?)\?$/;

/** A validation message without graphql-js's "Did you mean ...?", which would reveal the schema. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/** The checks above for Apollo Server: the request is refused with 400 before it executes. */
export function requestChecksPlugin<T extends object>(): ApolloServerPlugin<T> {
  const asHttp400 = (error: GraphQLError) =>
    new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION)
            throw asHttp400(subscriptionOverHttp());
          const invalid = invalidInput(document, request.variables);
          if (invalid) throw asHttp400(invalid);
        },
      };
    },
  };
}
