import { err, ok } from '../result';
import type { Result } from '../result';
import { MAX_ENTRY_MINUTES } from '../model/time-entry';
import { localInstantAt } from '../time/wall-clock';
import type { DayKey } from '../time/day-key';
import { mapColumns, missingColumns } from './columns';
import type { ColumnMap } from './columns';
import { detectSource } from './detect';
import { FingerprintCounter } from './fingerprint';
import { readCsvTable } from './read-csv';
import { readMoney } from './row-money';
import { cellReader } from './row-reader';
import type { Cell } from './row-reader';
import { CSV_SOURCE_LABELS } from './types';
import type { CsvEntry, CsvSource, DateOrder, ParseOptions, ParsedCsv, RowProblem } from './types';
import { detectDateOrder, detectDecimalMark, parseClockSeconds, parseDateText, parseDurationText, parseYesNo, secondsToMinutes } from './values';

// A Toggl Track, Harvest or Clockify detailed time export → entries by name, plus the rows that
// cannot be imported and why. File-level problems (not a tracker export, required columns
// missing, no rows) are an error result; row-level ones are listed and never silently dropped.

const DEFAULT_WORK_START = 9 * 60;

export const UNRECOGNISED_FILE =
  'Tandem does not recognise this file. Import the detailed time report exported as CSV from Toggl Track, Harvest or Clockify.';

interface Context {
  source: CsvSource;
  map: ColumnMap;
  decimalMark: '.' | ',';
  dateOrder: DateOrder;
  /** Harvest has no start times: entries of a day follow each other from the start of work */
  nextStart: Map<DayKey, number>;
  workStartMinute: number;
  fingerprints: FingerprintCounter;
}


type RowOutcome = { entry: CsvEntry } | { problem: Omit<RowProblem, 'row'> };

const problem = (message: string, kind: RowProblem['kind'] = 'error'): RowOutcome => ({ problem: { message, kind } });

function durationSeconds(ctx: Context, cell: Cell, day: DayKey, startSeconds: number | null): { seconds: number } | { error: string } {
  const text = cell('duration') || cell('durationDecimal') || cell('hours');
  if (text !== '') {
    const reading = parseDurationText(text, ctx.decimalMark);
    if (!reading.ok) return { error: reading.error };
    // Harvest and Clockify's decimal column are hours; a bare number in Toggl's Duration is too.
    return { seconds: reading.seconds };
  }
  const endText = cell('endTime');
  if (endText === '' || startSeconds === null) return { error: 'The duration is empty' };
  const endSeconds = parseClockSeconds(endText);
  const endDay = cell('endDate') === '' ? day : parseDateText(cell('endDate'), ctx.dateOrder);
  if (endSeconds === null || endDay === null) return { error: `The end “${cell('endDate')} ${endText}” is not a date and time` };
  const start = localInstantAt(day, startSeconds).instant.getTime();
  const end = localInstantAt(endDay, endSeconds).instant.getTime();
  if (end < start) return { error: 'The entry ends before it starts' };
  return { seconds: Math.round((end - start) / 1000) };
}

function readRow(ctx: Context, cells: readonly string[]): RowOutcome {
  const cell = cellReader(ctx.map, cells);
  if (cell('type').toLowerCase() === 'break') return problem('A break, not work time', 'skipped');
  const dateText = cell('date');
  if (dateText === '') return problem('The date is empty');
  const day = parseDateText(dateText, ctx.dateOrder);
  if (day === null) return problem(`The date “${dateText}” is not a real date`);
  const startText = cell('startTime');
  const startSeconds = startText === '' ? null : parseClockSeconds(startText);
  if (startText !== '' && startSeconds === null) return problem(`The start time “${startText}” is not a time of day`);

  const duration = durationSeconds(ctx, cell, day, startSeconds);
  if ('error' in duration) return problem(duration.error);
  const minutes = secondsToMinutes(duration.seconds);
  if (minutes === 0) return problem('The duration is zero: nothing to import', 'skipped');
  if (minutes > MAX_ENTRY_MINUTES) return problem(`The entry is ${Math.floor(minutes / 60)} hours long; entries can be at most 24 hours`);

  const money = readMoney(ctx.source, ctx.map, cell, ctx.decimalMark, minutes);
  if (!money.ok) return problem(money.error);

  let startAt = startSeconds;
  if (startAt === null) {
    const minute = ctx.nextStart.get(day) ?? ctx.workStartMinute;
    ctx.nextStart.set(day, minute + minutes);
    startAt = minute * 60;
  }
  // A start the clock skipped or showed twice is read the 'compatible' way, the stated duration kept.
  const start = localInstantAt(day, startAt - (startAt % 60));
  const user = cell('user') || `${cell('firstName')} ${cell('lastName')}`.trim() || cell('email');
  const clientName = cell('client');
  const projectName = cell('project');
  const task = cell('task');
  const description = cell('description');
  const durationText = cell('duration') || cell('durationDecimal') || cell('hours');
  return {
    entry: {
      row: 0,
      day,
      // Clock times are wall-clock in the exporting user's zone, read as this machine's zone.
      startedAt: start.instant.toISOString(),
      ...(start.fit === 'exact' ? {} : { clockChange: start.fit }),
      minutes,
      clientName,
      projectName,
      task,
      description,
      tags: cell('tags').split(',').map((tag) => tag.trim()).filter(Boolean),
      billable: parseYesNo(cell('billable')),
      rateMinor: money.rateMinor,
      amountMinor: money.amountMinor,
      currency: money.currency,
      externalId: ctx.fingerprints.next(ctx.source, [dateText, startText, durationText, clientName, projectName, task, description, user]),
    },
  };
}

function columnValues(map: ColumnMap, rows: readonly { cells: string[] }[], fields: readonly (keyof ColumnMap['index'])[]): string[] {
  return fields.flatMap((field) => {
    const at = map.index[field];
    return at === undefined ? [] : rows.map((row) => row.cells[at] ?? '');
  });
}

export function parseTimeCsv(text: string, options: ParseOptions = {}): Result<ParsedCsv> {
  const table = readCsvTable(text);
  if (!table.ok) return table;
  const { headers, rows } = table.value;
  const source = detectSource(headers);
  if (source === null) return err(UNRECOGNISED_FILE);
  const map = mapColumns(headers, source);
  const missing = missingColumns(map, source);
  if (missing.length > 0) {
    const list = missing.join(', ');
    return err(`This ${CSV_SOURCE_LABELS[source]} file lacks the column${missing.length > 1 ? 's' : ''} ${list}. Export the detailed report with all its columns.`);
  }
  if (rows.length === 0) return err('The file has a header line but no time entries.');

  const detectedOrder = detectDateOrder(columnValues(map, rows, ['date', 'endDate']));
  if (detectedOrder === 'conflict') {
    return err('The dates in this file mix day-first and month-first forms (such as 13/01 and 01/13), so none of them can be trusted. Export the file again.');
  }
  const dateOrderAmbiguous = detectedOrder === 'ambiguous' && options.dateOrder === undefined;
  const dateOrder: DateOrder = detectedOrder === 'ambiguous' ? (options.dateOrder ?? 'mdy') : (detectedOrder ?? 'mdy');
  const decimalMark = detectDecimalMark(columnValues(map, rows, ['hours', 'durationDecimal', 'rate', 'amount']));

  const ctx: Context = {
    source,
    map,
    decimalMark,
    dateOrder,
    nextStart: new Map(),
    workStartMinute: options.workStartMinute ?? DEFAULT_WORK_START,
    fingerprints: new FingerprintCounter(),
  };
  const entries: CsvEntry[] = [];
  const problems: RowProblem[] = [];
  for (const { line, cells } of rows) {
    const outcome = readRow(ctx, cells);
    if ('entry' in outcome) entries.push({ ...outcome.entry, row: line });
    else problems.push({ ...outcome.problem, row: line });
  }
  return ok({
    source,
    entries,
    problems,
    rowCount: rows.length,
    dateOrder: detectedOrder === null ? null : dateOrder,
    dateOrderAmbiguous,
    decimalMark,
  });
}
