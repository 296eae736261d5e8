// exportReport: turns a report request into a signed, short-lived download link, and names the file it serves.
import { AppDeps } from '../../auth/context';
import { wallClock } from '../../clock';
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
 * Where links point: PUBLIC_URL when configured; otherwise the address the caller used (protocol and Host of the
 * request, so the link works from wherever the caller reached the API); otherwise localhost on the port.
 */
export function exportBaseUrl(
  config: AppDeps['config'],
  request: { protocol?: string; host?: string | null } = {},
): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  if (request.host && /^[\w.-]+(:\d+)?$|^\[[\d:a-fA-F]+\](:\d+)?$/.test(request.host)) {
    return `${request.protocol === 'https' ? 'https' : 'http'}://${request.host}`;
  }
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

export function createExportLink(deps: AppDeps, request: ExportRequest, baseUrl: string): ExportLinkResult {
  const filters = exportFilters(request);
  checkExportFilters(request.kind, filters);
  const issuedAt = Math.floor(deps.clock.now().getTime() / 1000);
  const payload: ExportPayload = {
    kind: request.kind,
    format: request.format,
    filters,
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
