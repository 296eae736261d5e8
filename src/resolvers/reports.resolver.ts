// Reports and report exports (administrator): thin translation to the SQL report services and the export links.
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Context } from '../context/request-context';
import { ReportGroupBy } from '../entities/enums';
import { createExportLink, exportBaseUrl } from '../services/exports/export.service';
import { currentUser } from './current-user';
import { consumptionReport } from '../services/reports/consumption';
import { departmentReport } from '../services/reports/department';
import { performanceReport } from '../services/reports/performance';
import { rejectionReport } from '../services/reports/rejections';
import { onReadReplica } from '../services/heavy-reads';
import {
  ConsumptionRow,
  DepartmentReportRow,
  ExportLink,
  ExportReportInput,
  PerformanceReport,
  RejectionPage,
  RejectionReportFilter,
  ReportFilter,
} from './types/report.type';

@Resolver()
export class ReportsResolver {
  @Query(() => [ConsumptionRow])
  consumptionReport(
    @Ctx() ctx: Context,
    @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null,
    @Arg('groupBy', () => ReportGroupBy, { nullable: true, defaultValue: ReportGroupBy.DAILY })
    groupBy: ReportGroupBy | null,
  ): Promise<ConsumptionRow[]> {
    return onReadReplica(ctx.deps, (deps) =>
      consumptionReport(deps, filter ?? {}, groupBy ?? ReportGroupBy.DAILY),
    );
  }

  @Query(() => [DepartmentReportRow])
  departmentReport(
    @Ctx() ctx: Context,
    @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null,
  ): Promise<DepartmentReportRow[]> {
    return onReadReplica(ctx.deps, (deps) => departmentReport(deps, filter ?? {}));
  }

  @Query(() => PerformanceReport)
  performanceReport(
    @Ctx() ctx: Context,
    @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null,
  ): Promise<PerformanceReport> {
    return onReadReplica(ctx.deps, (deps) => performanceReport(deps, filter ?? {}));
  }

  @Query(() => RejectionPage)
  rejectionReport(
    @Ctx() ctx: Context,
    @Arg('filter', () => RejectionReportFilter, { nullable: true }) filter: RejectionReportFilter | null,
    @Arg('page', () => Int, { nullable: true, defaultValue: 1 }) page: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 50 }) limit: number | null,
  ) {
    return onReadReplica(ctx.deps, (deps) => rejectionReport(deps, filter ?? {}, page ?? 1, limit ?? 50));
  }

  @Mutation(() => ExportLink)
  exportReport(
    @Ctx() ctx: Context,
    @Arg('input', () => ExportReportInput) input: ExportReportInput,
  ): ExportLink {
    return createExportLink(ctx.deps, input, exportBaseUrl(ctx.deps.config), currentUser(ctx));
  }
}
