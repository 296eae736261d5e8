// Relation fields (order.pemesan, user.department, ...) whose value the SQL planner already put on the parent
// object are returned as they are; on an entity the property is absent and the field's own resolver (a DataLoader)
// runs. Only the relations the planner knows are wrapped (src/services/orders/order-plan.ts).
import { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { plannedRelations } from '../services/orders/order-plan';

type Resolver = GraphQLFieldResolver<Record<string, unknown>, unknown>;

function preferPreloaded(field: string, resolve: Resolver): Resolver {
  return (source, args, context, info) => {
    const preloaded = source[field];
    return preloaded !== undefined ? preloaded : resolve(source, args, context, info);
  };
}

export function passPreloadedRelations(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, fields] of Object.entries(plannedRelations())) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType))
      throw new Error(`The planner reads ${typeName}, which the schema lacks`);
    for (const name of fields) {
      const field = type.getFields()[name];
      if (!field?.resolve) throw new Error(`The planner preloads ${typeName}.${name}, which has no resolver`);
      field.resolve = preferPreloaded(name, field.resolve as Resolver);
    }
  }
  return schema;
}
