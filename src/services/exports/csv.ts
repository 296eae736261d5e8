// CSV for spreadsheets: UTF-8 with a BOM, a header row, RFC 4180 quoting and CRLF, and cells that begin with
// = + - @ tab or CR prefixed with ' so that no spreadsheet runs them as formulas (csv-stringify does the quoting).
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify, Options } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { Cell, ExportColumn, ExportTable } from './export-table';

export function csvOptions(columns: readonly ExportColumn[]): Options {
  return {
    bom: true,
    header: true,
    columns: columns.map((column) => column.header),
    record_delimiter: 'windows',
    // Quote any cell holding a CR or LF (RFC 4180); csv-stringify stops doing so once record_delimiter is set.
    quote_record_delimiter: true,
    escape_formulas: true,
  };
}

/** The whole CSV of `rows` at once (tests and small tables). */
export function toCsv(columns: readonly ExportColumn[], rows: readonly Cell[][]): string {
  return stringifySync([...rows], csvOptions(columns));
}

/** Streams the table as CSV into `out`, pulling rows only as fast as `out` takes them. */
export async function writeCsv(table: ExportTable, out: Writable): Promise<void> {
  await pipeline(Readable.from(table.rows), stringify(csvOptions(table.columns)), out);
}
