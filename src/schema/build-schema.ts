// Builds the GraphQL schema from the resolvers, with argument validation, and prints it for the committed file.
import path from 'node:path';
import { validate } from 'class-validator';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { AuditResolver } from '../resolvers/audit.resolver';
import { AuthResolver } from '../resolvers/auth.resolver';
import {
  JabatanFieldsResolver,
  MasterDataResolver,
  ShiftFieldsResolver,
} from '../resolvers/master-data.resolver';
import {
  DepartmentKitchenCountResolver,
  KitchenSummaryResolver,
} from '../resolvers/kitchen-summary.resolver';
import { OrdersResolver } from '../resolvers/orders.resolver';
import { ReportsResolver } from '../resolvers/reports.resolver';
import { EVENT_RESOLVERS } from '../resolvers/subscriptions.resolver';
import { UsersResolver } from '../resolvers/users.resolver';
import { BadUserInputError } from '../common/errors';
import { passPreloadedRelations } from './preloaded';
import { DateTimeScalar } from '../common/scalars';

/** The committed schema file that the contract check reads. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../../src/schema/schema.graphql');

const resolvers = [
  AuthResolver,
  UsersResolver,
  MasterDataResolver,
  JabatanFieldsResolver,
  ShiftFieldsResolver,
  OrdersResolver,
  KitchenSummaryResolver,
  DepartmentKitchenCountResolver,
  ReportsResolver,
  AuditResolver,
  ...EVENT_RESOLVERS,
] as const;

/** class-validator on input objects; the first failure becomes BAD_USER_INPUT naming its field. */
async function validateArgument(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === null || typeof item !== 'object') continue;
    const errors = await validate(item, {
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
    });
    if (errors.length > 0) {
      let error = errors[0];
      const fieldPath = [error.property];
      while (!error.constraints && error.children?.length) {
        error = error.children[0];
        fieldPath.push(error.property);
      }
      const message = Object.values(error.constraints ?? {})[0] ?? `${fieldPath.join('.')} is invalid`;
      throw new BadUserInputError(fieldPath.join('.'), message);
    }
  }
}

/** type-graphql insists on a pub/sub; every subscription brings its own stream, so this one is never asked. */
const unusedPubSub = {
  publish: (): void => undefined,
  subscribe: (): AsyncIterable<unknown> => {
    throw new Error('Subscriptions read the event bus (realtime/event-stream.ts)');
  },
};

/** The schema. Subscriptions read the process's event bus through the context (realtime/event-stream.ts). */
export async function buildSchema(): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphQLSchema({
    resolvers: [...resolvers],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: validateArgument,
    pubSub: unusedPubSub,
  });
  return passPreloadedRelations(schema);
}

export function printContractSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
