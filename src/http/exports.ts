// GET /api/exports/<token>: the download behind an export link. No header needed (a browser can follow it); the
// signed token is the authorisation. A bad or tampered token gets 400/403, an expired one 410, with a JSON error
// and no data; a good one streams the whole report as CSV or PDF.
import { Response, Router } from 'express';
import { AppDeps } from '../auth/context';
import { ExportFormat } from '../entities/enums';
import { AppError } from '../schema/errors';
import { writeCsv } from '../services/exports/csv';
import { exportFilename } from '../services/exports/export.service';
import { describeFilters, exportTable, ExportTable } from '../services/exports/export-table';
import { ExportPayload, verifyExportToken } from '../services/exports/export-token';
import { writePdf } from '../services/exports/pdf';

const REFUSALS = {
  malformed: { status: 400, code: 'BAD_REQUEST', message: 'This export link is not valid' },
  'bad-signature': { status: 403, code: 'FORBIDDEN', message: 'This export link is not valid' },
  expired: { status: 410, code: 'GONE', message: 'This export link has expired; export the report again' },
} as const;

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).set('Cache-Control', 'no-store').json({ error: { code, message } });
}

function generatedAt(now: Date, timeZone: string): string {
  const formatted = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(now);
  return `${formatted} (${timeZone})`;
}

async function stream(
  deps: AppDeps,
  payload: ExportPayload,
  table: ExportTable,
  res: Response,
): Promise<void> {
  if (payload.format === ExportFormat.CSV) {
    res.type('text/csv; charset=utf-8');
    await writeCsv(table, res);
    return;
  }
  const filters = await describeFilters(deps, payload.kind, payload.filters);
  res.type('application/pdf');
  await writePdf(
    table,
    { filters, generatedAt: generatedAt(deps.clock.now(), deps.config.appTimezone) },
    res,
  );
}

export function exportRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/exports/:token', async (req, res) => {
    const verified = verifyExportToken(deps.config.jwtSecret, req.params.token, deps.clock.now());
    if (!verified.ok) {
      const refusal = REFUSALS[verified.reason];
      refuse(res, refusal.status, refusal.code, refusal.message);
      return;
    }
    const { payload } = verified;
    let table: ExportTable;
    try {
      table = exportTable(deps, payload.kind, payload.filters);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refuse(res, 400, 'BAD_USER_INPUT', error.message);
      return;
    }
    const filename = exportFilename(
      payload.kind,
      payload.format,
      new Date(payload.iat * 1000),
      deps.config.appTimezone,
    );
    res.attachment(filename);
    res.set({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    try {
      await stream(deps, payload, table, res);
    } catch (error) {
      deps.logger.error({ err: error, kind: payload.kind }, 'Export failed');
      if (res.headersSent || res.destroyed) res.destroy();
      else refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'The export failed');
    }
  });
  return router;
}
