// The audit trail viewer (administrator): filtered pages, an order's history, the actions present; the acting
// user of each row through the request's DataLoader.
import { onReadReplica } from '../services/heavy-reads';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context/request-context';
import { AuditLog, Karyawan } from '../entities';
import { auditActionTypes, auditTrail, orderHistory } from '../services/audit-trail.service';
import { AuditLogPage, AuditTrailFilter } from './types/report.type';

@Resolver(() => AuditLog)
export class AuditResolver {
  @Query(() => AuditLogPage)
  auditTrail(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditTrailFilter, { nullable: true }) filter: AuditTrailFilter | null,
    @Arg('page', () => Int, { nullable: true, defaultValue: 1 }) page: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 50 }) limit: number | null,
  ) {
    return onReadReplica(ctx.deps, (deps) => auditTrail(deps, filter ?? {}, page ?? 1, limit ?? 50));
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
