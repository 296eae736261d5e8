// The page envelope of the contract (items, total, page, limit, totalPages), one named GraphQL type per item type.
import { ClassType, Field, Int, ObjectType } from 'type-graphql';

export function PageType<T extends object>(name: string, itemType: ClassType<T>) {
  @ObjectType(name)
  abstract class Page {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int)
    total: number;

    @Field(() => Int)
    page: number;

    @Field(() => Int)
    limit: number;

    @Field(() => Int)
    totalPages: number;
  }
  return Page;
}

@ObjectType('PageInfo', {
  description:
    'Where a page of a list read newest first stands (Relay): pass endCursor as after (with first) for the next, older rows, startCursor as before (with last) for the newer ones',
})
export class PageInfo {
  @Field(() => Boolean, {
    description:
      'older rows exist beyond this page; with before, true whenever a cursor was given (not counted)',
  })
  hasNextPage: boolean;

  @Field(() => Boolean, {
    description:
      'rows exist before this page (newer rows); with after, true whenever a cursor was given (not counted)',
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "the first row's cursor; null on an empty page" })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "the last row's cursor; null on an empty page" })
  endCursor: string | null;
}
