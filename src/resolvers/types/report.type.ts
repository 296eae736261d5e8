// Inputs and results of the reports, the audit trail viewer and report exports, named as in the contract.
import { IsOptional, MaxLength } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { AuditLog, Order } from '../../entities';
import {
  ApprovalRequestType,
  ApprovalStatus,
  ExportFormat,
  OrderStatus,
  ReportGroupBy,
  ReportKind,
} from '../../entities/enums';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import { PageInfo, PageType } from '../page.type';

@InputType()
export class ReportFilter {
  @Field(() => DateScalar, { nullable: true })
  tanggalMulai?: string | null;

  @Field(() => DateScalar, { nullable: true })
  tanggalAkhir?: string | null;

  @Field(() => Int, { nullable: true })
  departmentId?: number | null;

  @Field(() => Int, { nullable: true })
  shiftId?: number | null;

  @Field(() => OrderStatus, { nullable: true })
  status?: OrderStatus | null;
}

@ObjectType()
export class ConsumptionRow {
  @Field(() => String, { description: 'YYYY-MM-DD (DAILY, WEEKLY: the Monday) or YYYY-MM (MONTHLY)' })
  period: string;

  @Field(() => Int)
  totalOrders: number;

  @Field(() => Int)
  totalMeals: number;
}

@ObjectType()
export class DepartmentReportRow {
  @Field(() => Int)
  departmentId: number;

  @Field(() => String)
  departmentName: string;

  @Field(() => Int)
  totalOrders: number;

  @Field(() => Int)
  totalMeals: number;

  @Field(() => Float, { description: 'share of totalMeals, 0..100, 2 decimals' })
  percentage: number;
}

@ObjectType()
abstract class DurationAverages {
  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true })
  avgTotalDurationMinutes: number | null;

  @Field(() => Float, { nullable: true })
  avgProcessingTimeMinutes: number | null;

  @Field(() => Float, { nullable: true })
  avgPreparationTimeMinutes: number | null;

  @Field(() => Float, { nullable: true })
  avgDeliveryTimeMinutes: number | null;
}

@ObjectType()
export class PerformanceStats extends DurationAverages {}

@ObjectType()
export class DepartmentPerformance extends DurationAverages {
  @Field(() => Int)
  departmentId: number;

  @Field(() => String)
  departmentName: string;
}

@ObjectType()
export class ShiftPerformance extends DurationAverages {
  @Field(() => Int)
  shiftId: number;

  @Field(() => String)
  shiftName: string;
}

@ObjectType()
export class PerformanceReport {
  @Field(() => PerformanceStats)
  overall: PerformanceStats;

  @Field(() => [DepartmentPerformance])
  byDepartment: DepartmentPerformance[];

  @Field(() => [ShiftPerformance])
  byShift: ShiftPerformance[];
}

@InputType()
export class RejectionReportFilter {
  @Field(() => DateScalar, { nullable: true })
  tanggalMulai?: string | null;

  @Field(() => DateScalar, { nullable: true })
  tanggalAkhir?: string | null;

  @Field(() => Int, { nullable: true })
  departmentId?: number | null;

  @Field(() => ApprovalStatus, { nullable: true })
  approvalStatus?: ApprovalStatus | null;
}

@ObjectType()
export class RejectionRow {
  @Field(() => Order)
  order: Order;

  @Field(() => ApprovalRequestType)
  requestType: ApprovalRequestType;

  @Field(() => ApprovalStatus)
  approvalStatus: ApprovalStatus;
}

export const RejectionPage = PageType('RejectionPage', RejectionRow);

@InputType()
export class AuditTrailFilter {
  @Field(() => String, { nullable: true, description: 'case-insensitive substring of aksi or detail' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Int, { nullable: true })
  userId?: number | null;

  @Field(() => String, { nullable: true, description: "the acting user's NIK (exact)" })
  @IsOptional()
  @MaxLength(50)
  nik?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  aksi?: string | null;

  @Field(() => DateScalar, { nullable: true })
  tanggalMulai?: string | null;

  @Field(() => DateScalar, { nullable: true })
  tanggalAkhir?: string | null;
}

@ObjectType('AuditLogPage')
export class AuditLogPage extends PageType('AuditLogPageEnvelope', AuditLog) {
  @Field(() => PageInfo, { description: 'cursors of this page for first/after and last/before' })
  pageInfo: PageInfo;
}

@InputType()
export class ExportReportInput {
  @Field(() => ReportKind)
  kind: ReportKind;

  @Field(() => ExportFormat)
  format: ExportFormat;

  @Field(() => ReportGroupBy, { nullable: true })
  groupBy?: ReportGroupBy | null;

  @Field(() => DateScalar, { nullable: true })
  tanggalMulai?: string | null;

  @Field(() => DateScalar, { nullable: true })
  tanggalAkhir?: string | null;

  @Field(() => Int, { nullable: true })
  departmentId?: number | null;

  @Field(() => Int, { nullable: true })
  shiftId?: number | null;

  @Field(() => OrderStatus, { nullable: true })
  status?: OrderStatus | null;

  @Field(() => ApprovalStatus, { nullable: true })
  approvalStatus?: ApprovalStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Int, { nullable: true })
  userId?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  aksi?: string | null;
}

@ObjectType({ description: 'A short-lived, single-report download link: GET it without any header.' })
export class ExportLink {
  @Field(() => String)
  url: string;

  @Field(() => String)
  filename: string;

  @Field(() => DateTimeScalar)
  expiresAt: Date;
}
