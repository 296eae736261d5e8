// The domain's enumerations. Enum values are what PostgreSQL stores; the keys are the GraphQL names.
import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMINISTRATOR = 'administrator',
  EMPLOYEE = 'employee',
  DAPUR = 'dapur',
  DELIVERY = 'delivery',
}

export enum OrderStatus {
  MENUNGGU = 'MENUNGGU',
  IN_PROGRESS = 'IN_PROGRESS',
  READY = 'READY',
  ON_DELIVERY = 'ON_DELIVERY',
  COMPLETE = 'COMPLETE',
  DITOLAK = 'DITOLAK',
  MENUNGGU_PERSETUJUAN = 'MENUNGGU_PERSETUJUAN',
  /** Cancelled by its owner (or an administrator) before the kitchen accepted it; final. */
  DIBATALKAN = 'DIBATALKAN',
}

export enum ApprovalStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export enum ApprovalRequestType {
  REJECT = 'REJECT',
  EDIT = 'EDIT',
}

export enum ApprovalDecision {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export enum ReportGroupBy {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}

export enum ReportKind {
  CONSUMPTION = 'CONSUMPTION',
  DEPARTMENT = 'DEPARTMENT',
  PERFORMANCE = 'PERFORMANCE',
  REJECTIONS = 'REJECTIONS',
  AUDIT_TRAIL = 'AUDIT_TRAIL',
}

export enum ExportFormat {
  CSV = 'CSV',
  PDF = 'PDF',
}

export enum ClientType {
  WEB = 'WEB',
  MOBILE = 'MOBILE',
}

export enum AuditAction {
  LOGIN_SUCCESS = 'LOGIN_SUCCESS',
  LOGIN_FAILURE = 'LOGIN_FAILURE',
  USER_CREATED = 'USER_CREATED',
  USER_STATUS_CHANGED = 'USER_STATUS_CHANGED',
  USER_ROLE_CHANGED = 'USER_ROLE_CHANGED',
  USER_PROFILE_UPDATED = 'USER_PROFILE_UPDATED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  ORDER_CREATED = 'ORDER_CREATED',
  ORDER_STATUS_CHANGED = 'ORDER_STATUS_CHANGED',
  ORDER_REJECTION_REQUESTED = 'ORDER_REJECTION_REQUESTED',
  ORDER_EDIT_REQUESTED = 'ORDER_EDIT_REQUESTED',
  APPROVAL_DECIDED = 'APPROVAL_DECIDED',
  ORDER_OVERRIDE = 'ORDER_OVERRIDE',
  ORDER_CANCELLED = 'ORDER_CANCELLED',
  MASTER_DATA_CHANGED = 'MASTER_DATA_CHANGED',
}

registerEnumType(Role, { name: 'Role' });
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  valuesConfig: {
    DIBATALKAN: {
      description: 'cancelled by its owner (or an administrator) before the kitchen accepted it',
    },
  },
});
registerEnumType(ApprovalStatus, { name: 'ApprovalStatus' });
registerEnumType(ApprovalRequestType, { name: 'ApprovalRequestType' });
registerEnumType(ApprovalDecision, { name: 'ApprovalDecision' });
registerEnumType(ReportGroupBy, { name: 'ReportGroupBy' });
registerEnumType(ReportKind, { name: 'ReportKind' });
registerEnumType(ExportFormat, { name: 'ExportFormat' });
registerEnumType(ClientType, {
  name: 'ClientType',
  description:
    'WEB: refresh token only in the HttpOnly cookie. MOBILE: refresh token only in the response body.',
});
