import Papa from 'papaparse';
import { err, ok } from '../result';
import type { Result } from '../result';

// From the bytes of a picked file to a table of strings. Trackers write UTF-8, sometimes with a
// byte-order mark; older spreadsheet round-trips give Windows-1252. Binary files are refused early.

/** Larger exports are split by the trackers themselves (by year); this keeps the preview responsive. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export interface CsvTable {
  headers: string[];
  /** data rows, each with its line number in the file (header = 1) */
  rows: { line: number; cells: string[] }[];
}

export function decodeCsvBytes(bytes: Uint8Array): Result<string> {
  if (bytes.length === 0) return err('The file is empty.');
  if (bytes.length > MAX_CSV_BYTES) {
    return err(`The file is ${Math.round(bytes.length / 1024 / 1024)} MB; Tandem reads CSV files up to ${MAX_CSV_BYTES / 1024 / 1024} MB. Export a shorter date range.`);
  }
  // A NUL byte never appears in a text export; it means a spreadsheet, archive or image.
  if (bytes.subarray(0, 64 * 1024).includes(0)) return err('This is not a CSV text file (it looks like a binary file).');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return ok(text.replace(/^\uFEFF/, ''));
}

/** The delimiter of the header line: the one of ',', ';' and tab that splits it most. */
function headerDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]?.delimiter ?? ',';
}

export function readCsvTable(text: string): Result<CsvTable> {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return err('The file is empty.');
  const parsed = Papa.parse<string[]>(body, { delimiter: headerDelimiter(body), skipEmptyLines: false });
  const [headerRow, ...dataRows] = parsed.data;
  if (!headerRow || headerRow.every((cell) => cell.trim() === '')) return err('The file has no header line.');
  const headers = headerRow.map((cell) => cell.replace(/^\uFEFF/, '').trim());
  const rows: CsvTable['rows'] = [];
  dataRows.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push({ line: index + 2, cells });
  });
  return ok({ headers, rows });
}
