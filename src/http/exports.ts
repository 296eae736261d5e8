// GET /api/exports/<token>: the download behind an export link. No header needed (a browser can follow it); the
// signed token is the authorisation, as long as the administrator who made it still could: a link whose maker
// signed out (or whose session was revoked), was deactivated or is no longer an administrator gets 403, checked at
// every download. A bad or tampered token gets 400/403, an expired or already used one 410, with a JSON error and
// no data; beyond EXPORT_CONCURRENCY downloads at once 429; a good one streams the whole report as CSV, or as PDF
// laid out in a worker thread (at most PDF_THREADS at once; the other PDFs wait for one).
import { heavyReadDeps } from '../services/heavy-reads';
import { Response, Router } from 'express';
import { sessionAccount } from '../auth/context';
import { AppDeps } from '../context/request-context';
import { ExportFormat, Role } from '../entities/enums';
import { AppError } from '../common/errors';
import { writeCsv } from '../services/exports/csv';
import { exportFilename } from '../services/exports/export.service';
import { describeFilters, exportTable, ExportTable } from '../services/exports/export-table';
import { ExportPayload, verifyExportToken } from '../services/exports/export-token';
import { writePdfInWorker } from '../services/exports/pdf-thread';
import { Slots, Tally } from '../common/slots';

const REFUSALS = {
  malformed: { status: 400, code: 'BAD_REQUEST', message: 'This export link is not valid' },
  'bad-signature': { status: 403, code: 'FORBIDDEN', message: 'This export link is not valid' },
  expired: { status: 410, code: 'GONE', message: 'This export link has expired; export the report again' },
  used: { status: 410, code: 'GONE', message: 'This export link was already used; export the report again' },
  deactivated: {
    status: 403,
    code: 'FORBIDDEN',
    message: 'This export link ended: the account that made it is deactivated',
  },
  demoted: {
    status: 403,
    code: 'FORBIDDEN',
    message: 'This export link ended: the account that made it is no longer an administrator',
  },
  'session-ended': {
    status: 403,
    code: 'FORBIDDEN',
    message:
      'This export link ended with the session that made it (signed out); sign in and export the report again',
  },
  busy: {
    status: 429,
    code: 'TOO_MANY_REQUESTS',
    message: 'Too many exports are running; try again shortly',
  },
} as const;

/**
 * Records the link as used; false when it already was (by any process). Old records are dropped on the way: a
 * link past its expiry is refused before this is asked.
 */
async function claimLink(deps: AppDeps, payload: ExportPayload): Promise<boolean> {
  await deps.dataSource.query("DELETE FROM export_link_use WHERE expires_at < now() - interval '1 hour'");
  const claimed: unknown[] = await deps.dataSource.query(
    `INSERT INTO export_link_use (link_id, expires_at) VALUES ($1, to_timestamp($2))
       ON CONFLICT (link_id) DO NOTHING RETURNING link_id`,
    [payload.jti, payload.exp],
  );
  return claimed.length === 1;
}

/**
 * Why the link may no longer be used because of who made it, or null when its maker could still make it now: an
 * active administrator whose session is open. Asked at every download, so that a link ends with its maker's rights.
 */
async function makerRefusal(deps: AppDeps, payload: ExportPayload): Promise<keyof typeof REFUSALS | null> {
  const account = await sessionAccount(deps, payload.uid, payload.sid);
  if (!account || !account.isActive) return 'deactivated';
  if (account.role !== Role.ADMINISTRATOR) return 'demoted';
  if (!account.sessionOpen) return 'session-ended';
  return null;
}

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
  layout: Layout,
): Promise<void> {
  if (payload.format === ExportFormat.CSV) {
    res.type('text/csv; charset=utf-8');
    await writeCsv(table, res);
    return;
  }
  const filters = await describeFilters(deps, payload.kind, payload.filters);
  res.type('application/pdf');
  // The answer is decided (the link is spent): say so now, while the PDF may wait for a layout thread.
  res.flushHeaders();
  await layout.slots.run(() =>
    writePdfInWorker(
      table,
      { filters, generatedAt: generatedAt(deps.clock.now(), deps.config.appTimezone) },
      res,
      layout.threads,
    ),
  );
}

/** PDF layout: the slots that bound its threads (PDF_THREADS), and the threads alive (metrics). */
interface Layout {
  slots: Slots;
  threads: Tally;
}

/** The download route; `layoutThreads` counts this process's live PDF layout threads (metrics, tests). */
export function exportRoutes(deps: AppDeps, layoutThreads: Tally = new Tally()): Router {
  const router = Router();
  let running = 0;
  // Layout threads beyond the spare cores would compete with the event loop that answers every other request.
  const layout: Layout = { slots: new Slots(deps.config.pdfThreads), threads: layoutThreads };
  router.get('/exports/:token', async (req, res) => {
    const verified = verifyExportToken(deps.config.jwtSecret, req.params.token, deps.clock.now());
    if (!verified.ok) {
      const refusal = REFUSALS[verified.reason];
      refuse(res, refusal.status, refusal.code, refusal.message);
      return;
    }
    const ended = await makerRefusal(deps, verified.payload);
    if (ended) {
      const refusal = REFUSALS[ended];
      refuse(res, refusal.status, refusal.code, refusal.message);
      return;
    }
    // Checked before the link is spent, so that a busy server does not cost the user their link.
    if (running >= deps.config.exportConcurrency) {
      res.set('Retry-After', '5');
      refuse(res, REFUSALS.busy.status, REFUSALS.busy.code, REFUSALS.busy.message);
      return;
    }
    running += 1;
    // The slot is free the moment the answer is over (sent whole, or its reader gone), not when the layout
    // thread has been torn down afterwards: a client that has its file can download the next one at once.
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      running -= 1;
    };
    res.once('close', release);
    try {
      await serve(deps, verified.payload, res, layout);
    } finally {
      release();
    }
  });
  return router;
}

async function serve(deps: AppDeps, payload: ExportPayload, res: Response, layout: Layout): Promise<void> {
  let table: ExportTable;
  try {
    // Heavy reads: on the read replica when there is one (the link itself is claimed on the primary).
    table = exportTable(heavyReadDeps(deps), payload.kind, payload.filters);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    refuse(res, 400, 'BAD_USER_INPUT', error.message);
    return;
  }
  if (!(await claimLink(deps, payload))) {
    refuse(res, REFUSALS.used.status, REFUSALS.used.code, REFUSALS.used.message);
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
    await stream(deps, payload, table, res, layout);
  } catch (error) {
    deps.logger.error({ err: error, kind: payload.kind }, 'Export failed');
    if (res.headersSent || res.destroyed) res.destroy();
    else refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'The export failed');
  }
}
