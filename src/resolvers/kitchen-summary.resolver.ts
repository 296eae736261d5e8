// The kitchen's count for dapur, delivery and administrators: thin translation to the kitchen-summary service.
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context/request-context';
import { Department } from '../entities';
import { NotFoundError } from '../common/errors';
import { DateScalar } from '../common/scalars';
import { kitchenSummary } from '../services/orders/kitchen-summary';
import { DepartmentKitchenCount, KitchenSummary } from './types/kitchen-summary.type';

@Resolver(() => KitchenSummary)
export class KitchenSummaryResolver {
  @Query(() => KitchenSummary, {
    description: 'one business date (default today): orders and meals per shift, department and status',
  })
  kitchenSummary(
    @Ctx() ctx: Context,
    @Arg('tanggal', () => DateScalar, { nullable: true }) tanggal: string | null,
    @Arg('departmentId', () => Int, { nullable: true }) departmentId: number | null,
  ): Promise<KitchenSummary> {
    return kitchenSummary(ctx.deps, tanggal, departmentId);
  }
}

@Resolver(() => DepartmentKitchenCount)
export class DepartmentKitchenCountResolver {
  @FieldResolver(() => Department)
  async department(@Root() count: DepartmentKitchenCount, @Ctx() ctx: Context): Promise<Department> {
    const department = await ctx.loaders.department.load(count.departmentId);
    if (!department) throw new NotFoundError(`Department ${count.departmentId} not found`);
    return department;
  }
}
