// PDF exports with pdfkit: title, the filters used, the generated time in APP_TIMEZONE, then the table on as many
// landscape A4 pages as it needs, its header row repeated on every page. Rows are written as they arrive and the
// writer waits whenever the reader falls behind, so memory stays bounded whatever the row count.
import { once } from 'node:events';
import { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { Cell, ExportColumn, ExportTable } from './export-table';

export interface PdfMeta {
  /** Filters as label/value pairs; empty when nothing was filtered. */
  filters: [string, string][];
  /** When the export was generated, already formatted in APP_TIMEZONE. */
  generatedAt: string;
}

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 36;
const FONT_SIZE = 7.5;
const ROW_HEIGHT = 13;
const CELL_PADDING = 3;
const FOOTER_SPACE = 20;
/** Buffered output (bytes) above which the writer pauses until the reader drains it. */
const MAX_BUFFERED = 1 << 20;

interface Layout {
  columns: ExportColumn[];
  x: number[];
  widths: number[];
}

function layout(doc: Doc, columns: ExportColumn[]): Layout {
  const available = doc.page.width - 2 * MARGIN;
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (available * column.weight) / total);
  const x = widths.map((_width, index) => MARGIN + widths.slice(0, index).reduce((a, b) => a + b, 0));
  return { columns, x, widths };
}

function cellText(value: Cell): string {
  return value == null ? '' : String(value).replace(/\s+/g, ' ');
}

/** The longest prefix of `text` (with an ellipsis when cut) that fits `width` at the current font. */
function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${text.slice(0, middle)}…`) <= width) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low)}…`;
}

function drawRow(doc: Doc, grid: Layout, cells: string[], y: number, bold: boolean): void {
  doc
    .font(bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(FONT_SIZE)
    .fillColor('black');
  cells.forEach((cell, index) => {
    const inner = grid.widths[index] - 2 * CELL_PADDING;
    const text = fit(doc, cell, inner);
    const offset = grid.columns[index].numeric ? inner - doc.widthOfString(text) : 0;
    doc.text(text, grid.x[index] + CELL_PADDING + offset, y + 3.5, { lineBreak: false });
  });
}

function drawHeader(doc: Doc, grid: Layout, y: number): number {
  doc.rect(MARGIN, y, doc.page.width - 2 * MARGIN, ROW_HEIGHT).fill('#d9e1f2');
  drawRow(
    doc,
    grid,
    grid.columns.map((column) => column.header),
    y,
    true,
  );
  return y + ROW_HEIGHT;
}

function drawFooter(doc: Doc, title: string, pageNumber: number): void {
  doc.font('Helvetica').fontSize(7).fillColor('#555555');
  doc.text(`${title} · page ${pageNumber}`, MARGIN, doc.page.height - MARGIN - 8, { lineBreak: false });
}

function drawIntro(doc: Doc, title: string, meta: PdfMeta): void {
  doc.font('Helvetica-Bold').fontSize(16).fillColor('black').text(title, MARGIN, MARGIN);
  doc.moveDown(0.4).font('Helvetica').fontSize(9);
  const filters = meta.filters.length
    ? meta.filters.map(([label, value]) => `${label}: ${value}`).join('; ')
    : 'none (all data)';
  doc.text(`Filters: ${filters}`);
  doc.text(`Generated: ${meta.generatedAt}`);
  doc.moveDown(0.8);
}

/** Waits while more than MAX_BUFFERED bytes wait for the reader. */
async function backpressure(doc: Doc, out: Writable): Promise<void> {
  while (doc.readableLength > MAX_BUFFERED && !out.destroyed) {
    if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
    else await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Writes the whole table as a PDF document into `out` and resolves when the document is complete. */
export async function writePdf(table: ExportTable, meta: PdfMeta, out: Writable): Promise<void> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: table.title, Creator: 'Pack Meal' },
  });
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('close', resolve);
    out.once('error', reject);
    doc.once('error', reject);
  });
  // Observed at the end; until then a failing reader must not become an unhandled rejection.
  finished.catch(() => undefined);
  doc.pipe(out);
  const grid = layout(doc, table.columns);
  const bottom = doc.page.height - MARGIN - FOOTER_SPACE;
  let pageNumber = 1;
  drawIntro(doc, table.title, meta);
  let y = drawHeader(doc, grid, doc.y);
  let rowCount = 0;
  for await (const row of table.rows) {
    if (out.destroyed) break;
    if (y + ROW_HEIGHT > bottom) {
      drawFooter(doc, table.title, pageNumber);
      doc.addPage();
      pageNumber += 1;
      y = drawHeader(doc, grid, MARGIN);
      await backpressure(doc, out);
    }
    if (rowCount % 2 === 1) doc.rect(MARGIN, y, doc.page.width - 2 * MARGIN, ROW_HEIGHT).fill('#f3f5f9');
    drawRow(doc, grid, row.map(cellText), y, false);
    y += ROW_HEIGHT;
    rowCount += 1;
  }
  if (rowCount === 0) {
    doc.font('Helvetica-Oblique').fontSize(9).fillColor('black');
    doc.text('No rows match these filters.', MARGIN + CELL_PADDING, y + 4, { lineBreak: false });
  }
  drawFooter(doc, table.title, pageNumber);
  doc.end();
  await finished;
}
