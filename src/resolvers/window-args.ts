// The page/limit and cursor arguments of a list as the caller wrote them. page and limit have schema defaults, so
// their values alone cannot tell "page 1 asked for" from "nothing said": the query text can, and mixing page or
// limit with first/after/last/before is refused (services/page-cursor.ts) only when the caller wrote them.
import { FieldNode, GraphQLResolveInfo, Kind } from 'graphql';
import type { CursorArgs, WindowArgs } from '../services/page-cursor';

type ArgumentSource = Pick<GraphQLResolveInfo, 'fieldNodes' | 'variableValues'>;

/** Whether argument `name` of the resolved field was written, as a literal or a variable that was given. */
function written(info: ArgumentSource, name: string): boolean {
  const node = (info.fieldNodes[0] as FieldNode | undefined)?.arguments?.find(
    (argument) => argument.name.value === name,
  );
  if (!node) return false;
  if (node.value.kind !== Kind.VARIABLE) return true;
  return info.variableValues[node.value.name.value] !== undefined;
}

export function windowArgs(
  info: ArgumentSource,
  values: { page: number | null; limit: number | null } & CursorArgs,
): WindowArgs {
  return {
    ...values,
    page: written(info, 'page') ? values.page : undefined,
    limit: written(info, 'limit') ? values.limit : undefined,
  };
}
