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
