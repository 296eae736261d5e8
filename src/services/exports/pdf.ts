// PDF exports with pdfkit: title, the filters used, the generated time in APP_TIMEZONE, then the table on as many
// landscape A4 pages as it needs, its header row repeated on every page. Rows are written as they arrive and the
// writer waits whenever the reader falls behind, so memory stays bounded whatever the row count. Text is drawn in
// runs, each in a bundled font that has its characters (pdf-fonts.ts). CPU-heavy: the server runs it in a worker
// thread (pdf-thread.ts).
import { once } from 'node:events';
import { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { Cell, ExportColumn, ExportTable } from './export-table';
import { fontFiles, FontWeight, runWidth, textRuns, TextRun } from './pdf-fonts';

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
/** From a row's top to the text's baseline. */
const BASELINE = 9.2;
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

const ELLIPSIS = '…';

/** The runs of `text` cut to fit `width` at the current size, with an ellipsis when cut. */
function fitRuns(text: string, weight: FontWeight, size: number, width: number): TextRun[] {
  const runs = textRuns(text, weight);
  const total = runs.reduce((sum, run) => sum + runWidth(run, size), 0);
  if (total <= width) return runs;
  const [ellipsis] = textRuns(ELLIPSIS, weight);
  const room = width - runWidth(ellipsis, size);
  const kept: TextRun[] = [];
  let used = 0;
  for (const run of runs) {
    const whole = runWidth(run, size);
    if (used + whole <= room) {
      kept.push(run);
      used += whole;
      continue;
    }
    const characters = Array.from(run.text);
    let low = 0;
    let high = characters.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      const part = { font: run.font, text: characters.slice(0, middle).join('') };
      if (used + runWidth(part, size) <= room) low = middle;
      else high = middle - 1;
    }
    if (low > 0) kept.push({ font: run.font, text: characters.slice(0, low).join('') });
    break;
  }
  return [...kept, ellipsis];
}

/**
 * Draws `runs` one after the other on the baseline `y`. A right-to-left run goes word by word from its right end:
 * pdfkit shapes and orders the letters of a word but misplaces the spaces between words.
 */
function drawRuns(doc: Doc, runs: TextRun[], size: number, x: number, y: number): void {
  doc.fontSize(size);
  let left = x;
  for (const run of runs) {
    const width = runWidth(run, size);
    doc.font(run.font);
    if (run.rtl) {
      const space = runWidth({ ...run, text: ' ' }, size);
      let right = left + width;
      for (const word of run.text.split(' ')) {
        const wordWidth = runWidth({ ...run, text: word }, size);
        if (word) doc.text(word, right - wordWidth, y, { lineBreak: false, baseline: 'alphabetic' });
        right -= wordWidth + space;
      }
    } else doc.text(run.text, left, y, { lineBreak: false, baseline: 'alphabetic' });
    left += width;
  }
}

function drawRow(doc: Doc, grid: Layout, cells: string[], y: number, bold: boolean): void {
  doc.fillColor('black');
  cells.forEach((cell, index) => {
    const inner = grid.widths[index] - 2 * CELL_PADDING;
    const runs = fitRuns(cell, bold ? 'bold' : 'regular', FONT_SIZE, inner);
    const width = runs.reduce((sum, run) => sum + runWidth(run, FONT_SIZE), 0);
    const offset = grid.columns[index].numeric ? inner - width : 0;
    drawRuns(doc, runs, FONT_SIZE, grid.x[index] + CELL_PADDING + offset, y + BASELINE);
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
  doc.fillColor('#555555');
  drawRuns(doc, textRuns(`${title} · page ${pageNumber}`, 'regular'), 7, MARGIN, doc.page.height - MARGIN);
}

/** One line of text (filters may hold any script), cut to the page width. */
function drawLine(doc: Doc, text: string, weight: FontWeight, size: number, y: number): number {
  doc.fillColor('black');
  drawRuns(doc, fitRuns(text, weight, size, doc.page.width - 2 * MARGIN), size, MARGIN, y + size);
  return y + size * 1.4;
}

function drawIntro(doc: Doc, title: string, meta: PdfMeta): number {
  let y = drawLine(doc, title, 'bold', 16, MARGIN) + 4;
  if (meta.filters.length === 0) y = drawLine(doc, 'Filters: none (all data)', 'regular', 9, y);
  for (const [label, value] of meta.filters) y = drawLine(doc, `Filter ${label}: ${value}`, 'regular', 9, y);
  return drawLine(doc, `Generated: ${meta.generatedAt}`, 'regular', 9, y) + 6;
}

/**
 * Glyphs that shaping split off a character (the dots of Arabic letters in Noto Sans Arabic) have no character of
 * their own; pdfkit would map them to garbage in the text layer. They map to U+200B (zero width space), which text
 * extraction drops, so copied text equals the input. Reaches into pdfkit's font cache: checked by the PDF tests.
 */
function mapUnmappedGlyphs(doc: Doc): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { unicode?: unknown }> })
    ._fontFamilies;
  for (const font of Object.values(families ?? {})) {
    if (!Array.isArray(font.unicode)) continue;
    font.unicode = font.unicode.map((codePoints: unknown) =>
      Array.isArray(codePoints) && codePoints.length === 0 ? [0x200b] : codePoints,
    );
  }
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
  for (const { name, path } of fontFiles()) doc.registerFont(name, path);
  const grid = layout(doc, table.columns);
  const bottom = doc.page.height - MARGIN - FOOTER_SPACE;
  let pageNumber = 1;
  let y = drawHeader(doc, grid, drawIntro(doc, table.title, meta));
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
    doc.fillColor('black');
    drawRuns(doc, textRuns('No rows match these filters.', 'regular'), 9, MARGIN + CELL_PADDING, y + 4 + 9);
  }
  drawFooter(doc, table.title, pageNumber);
  mapUnmappedGlyphs(doc);
  doc.end();
  await finished;
}
