// The audit trail viewer (administrator): filtered pages, an order's history, the actions present; the acting
// user of each row through the request's DataLoader.
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { onReadReplica } from '../services/heavy-reads';
import { Context } from '../context/request-context';
import { AuditLog, Karyawan } from '../entities';
import { auditActionTypes, auditTrailWindow, orderHistory } from '../services/audit-trail.service';
import { selectionOf } from './selection';
import { AuditLogPage, AuditTrailFilter } from './types/report.type';
import { windowArgs } from './window-args';

@Resolver(() => AuditLog)
export class AuditResolver {
  @Query(() => AuditLogPage, {
    description:
      'newest first: a page by number (page, limit) or a keyset window (first/after, or last/before, with pageInfo); the two do not mix',
  })
  auditTrail(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditTrailFilter, { nullable: true }) filter: AuditTrailFilter | null,
    @Arg('page', () => Int, { nullable: true, defaultValue: 1 }) page: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 50 }) limit: number | null,
    @Arg('first', () => Int, { nullable: true, description: 'at most 100; default 50' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'pageInfo.endCursor of the previous page' })
    after: string | null,
    @Arg('last', () => Int, { nullable: true, description: 'at most 100; default 50' }) last: number | null,
    @Arg('before', () => String, { nullable: true, description: 'pageInfo.startCursor of the next page' })
    before: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    const requested = selectionOf(info);
    return onReadReplica(ctx.deps, (deps) =>
      auditTrailWindow(deps, filter ?? {}, windowArgs(info, { page, limit, first, after, last, before }), {
        withTotal: 'total' in requested || 'totalPages' in requested,
        withPageInfo: 'pageInfo' in requested,
      }),
    );
  }

  @Query(() => [AuditLog])
  orderHistory(
    @Ctx() ctx: Context,
    @Arg('kodePesanan', () => String) kodePesanan: string,
  ): Promise<AuditLog[]> {
    return orderHistory(ctx.deps, kodePesanan);
  }

  @Query(() => [String])
  auditActionTypes(@Ctx() ctx: Context): Promise<string[]> {
    return onReadReplica(ctx.deps, (deps) => auditActionTypes(deps));
  }

  @FieldResolver(() => Karyawan, { nullable: true })
  user(@Root() log: AuditLog, @Ctx() ctx: Context): Promise<Karyawan | null> | null {
    return log.userId == null ? null : ctx.loaders.karyawan.load(log.userId);
  }
}
