// The fields a query asks for below a root field, as a plain tree for the SQL planner
// (src/services/orders/order-plan.ts): fragments and inline fragments merged, @skip/@include applied, aliases and
// __typename dropped (the planner reads each field once; graphql-js still answers every alias from it).
import {
  FieldNode,
  FragmentDefinitionNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLResolveInfo,
  GraphQLSkipDirective,
  Kind,
  SelectionSetNode,
} from 'graphql';
import type { Selection } from '../services/orders/order-plan';

type Included = Parameters<typeof getDirectiveValues>[1];

function included(node: Included, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

function collect(
  set: SelectionSetNode,
  into: Selection,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): Selection {
  for (const node of set.selections) {
    if (!included(node, variables)) continue;
    if (node.kind === Kind.FIELD) {
      const name = node.name.value;
      if (name === '__typename') continue;
      if (!node.selectionSet) into[name] = true;
      else {
        const existing = into[name];
        into[name] = collect(
          node.selectionSet,
          existing === true || !existing ? {} : existing,
          fragments,
          variables,
        );
      }
    } else if (node.kind === Kind.INLINE_FRAGMENT) collect(node.selectionSet, into, fragments, variables);
    else {
      const fragment = fragments[node.name.value];
      if (fragment) collect(fragment.selectionSet, into, fragments, variables);
    }
  }
  return into;
}

/** The selection below the resolver's field (all of its occurrences in the query merged). */
export function selectionOf(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>,
): Selection {
  const selection: Selection = {};
  for (const node of info.fieldNodes as readonly FieldNode[])
    if (node.selectionSet) collect(node.selectionSet, selection, info.fragments, info.variableValues);
  return selection;
}
