// exportReport: turns a report request into a signed, short-lived download link, and names the file it serves.
import crypto from 'node:crypto';
import { AppDeps, AuthUser } from '../../context/request-context';
import { wallClock } from '../../common/clock';
import { ExportFormat, ReportKind } from '../../entities/enums';
import { checkExportFilters, REPORT_FILTERS } from './export-table';
import { EXPORT_LINK_TTL_SECONDS, ExportFilters, ExportPayload, signExportToken } from './export-token';

/** The export mutation's input: the report, the format and any filter (null = not filtered). */
export type ExportRequest = {
  kind: ReportKind;
  format: ExportFormat;
} & { [K in keyof ExportFilters]?: ExportFilters[K] | null };

export interface ExportLinkResult {
  url: string;
  filename: string;
  expiresAt: Date;
}

const FILE_STEMS: Record<ReportKind, string> = {
  [ReportKind.CONSUMPTION]: 'consumption-report',
  [ReportKind.DEPARTMENT]: 'department-report',
  [ReportKind.PERFORMANCE]: 'performance-report',
  [ReportKind.REJECTIONS]: 'rejection-report',
  [ReportKind.AUDIT_TRAIL]: 'audit-trail',
};

/** e.g. `consumption-report-20251001-143000.csv`, stamped in APP_TIMEZONE. */
export function exportFilename(
  kind: ReportKind,
  format: ExportFormat,
  issuedAt: Date,
  timeZone: string,
): string {
  const clock = wallClock(issuedAt, timeZone);
  const stamp = `${clock.year}${clock.month}${clock.day}-${clock.hour}${clock.minute}${clock.second}`;
  return `${FILE_STEMS[kind]}-${stamp}.${format === ExportFormat.CSV ? 'csv' : 'pdf'}`;
}

/**
 * Where links point: PUBLIC_URL (required in production), else this server on localhost. Never the request's Host
 * header: a forged Host would otherwise hand out links to another site.
 */
export function exportBaseUrl(config: Pick<AppDeps['config'], 'publicUrl' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  return `http://localhost:${config.port}`;
}

/** Only the filters the report understands, with blanks dropped and text trimmed. */
export function exportFilters(request: ExportRequest): ExportFilters {
  const filters: Record<string, unknown> = {};
  for (const key of REPORT_FILTERS[request.kind]) {
    const value = request[key];
    if (value == null) continue;
    if (typeof value === 'string') {
      if (value.trim() !== '') filters[key] = value.trim();
    } else filters[key] = value;
  }
  return filters as ExportFilters;
}

/** A link for `request`, made by `maker` in their current session (the link ends with it: http/exports.ts). */
export function createExportLink(
  deps: AppDeps,
  request: ExportRequest,
  baseUrl: string,
  maker: Pick<AuthUser, 'userId' | 'sessionId'>,
): ExportLinkResult {
  const filters = exportFilters(request);
  checkExportFilters(request.kind, filters);
  const issuedAt = Math.floor(deps.clock.now().getTime() / 1000);
  const payload: ExportPayload = {
    jti: crypto.randomUUID(),
    kind: request.kind,
    format: request.format,
    filters,
    uid: maker.userId,
    sid: maker.sessionId,
    iat: issuedAt,
    exp: issuedAt + EXPORT_LINK_TTL_SECONDS,
  };
  const token = signExportToken(deps.config.jwtSecret, payload);
  return {
    url: `${baseUrl}/api/exports/${token}`,
    filename: exportFilename(
      request.kind,
      request.format,
      new Date(issuedAt * 1000),
      deps.config.appTimezone,
    ),
    expiresAt: new Date(payload.exp * 1000),
  };
}
