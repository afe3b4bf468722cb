import Papa from 'papaparse';
import { formatHoursColonMinutes } from '../format/format-duration';
import { moneyToDecimalText } from '../format/format-money';
import { amountMinorForMinutes, toCurrencyCode, toMinor } from '../units/money';
import { addDays, toDayKey, type DayKey } from '../time/day-key';

// Time entries → CSV for any date range: one line per entry, or totals per day, project or
// client (one line per group and currency, since amounts in two currencies never add up).

export const EXPORT_GROUPINGS = ['none', 'day', 'project', 'client'] as const;
export type ExportGrouping = (typeof EXPORT_GROUPINGS)[number];

export const EXPORT_GROUPING_LABELS: Record<ExportGrouping, string> = {
  none: 'Every entry',
  day: 'Per day',
  project: 'Per project',
  client: 'Per client',
};

/** One time entry with the names it refers to, as the export reads it. */
export interface ExportEntry {
  day: string;
  startedAt: string;
  minutes: number;
  clientName: string;
  projectName: string;
  projectCode: string;
  hat: string;
  billable: boolean;
  /** minor units per hour */
  rateMinor: number;
  currency: string;
  note: string;
}

interface ExportRow {
  entry?: ExportEntry;
  day?: string;
  clientName?: string;
  projectName?: string;
  projectCode?: string;
  minutes: number;
  billableMinutes: number;
  amountMinor: number;
  currency: string;
  count: number;
}

export const EXPORT_COLUMNS = [
  'date',
  'start',
  'end',
  'client',
  'project',
  'code',
  'hat',
  'note',
  'duration',
  'hours',
  'billableHours',
  'billable',
  'rate',
  'amount',
  'currency',
  'entries',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

interface ColumnSpec {
  label: string;
  /** the groupings it has a value in */
  in: readonly ExportGrouping[];
  value: (row: ExportRow) => string;
}

const ALL: readonly ExportGrouping[] = EXPORT_GROUPINGS;
const hours = (minutes: number) => (minutes / 60).toFixed(2);
const money = (minor: number, currency: string) => moneyToDecimalText({ minor: toMinor(minor), currency: toCurrencyCode(currency) });

function clockOf(instant: Date): string {
  return `${String(instant.getHours()).padStart(2, '0')}:${String(instant.getMinutes()).padStart(2, '0')}`;
}

export const COLUMN_SPECS: Record<ExportColumn, ColumnSpec> = {
  date: { label: 'Date', in: ['none', 'day'], value: (row) => row.entry?.day ?? row.day ?? '' },
  start: { label: 'Start', in: ['none'], value: (row) => (row.entry ? clockOf(new Date(row.entry.startedAt)) : '') },
  end: {
    label: 'End',
    in: ['none'],
    value: (row) => (row.entry ? clockOf(new Date(Date.parse(row.entry.startedAt) + row.entry.minutes * 60_000)) : ''),
  },
  client: { label: 'Client', in: ['none', 'project', 'client'], value: (row) => row.entry?.clientName ?? row.clientName ?? '' },
  project: { label: 'Project', in: ['none', 'project'], value: (row) => row.entry?.projectName ?? row.projectName ?? '' },
  code: { label: 'Project code', in: ['none', 'project'], value: (row) => row.entry?.projectCode ?? row.projectCode ?? '' },
  hat: { label: 'Hat', in: ['none'], value: (row) => row.entry?.hat ?? '' },
  note: { label: 'Note', in: ['none'], value: (row) => row.entry?.note ?? '' },
  duration: { label: 'Duration', in: ALL, value: (row) => formatHoursColonMinutes(row.minutes) },
  hours: { label: 'Hours', in: ALL, value: (row) => hours(row.minutes) },
  billableHours: { label: 'Billable hours', in: ALL, value: (row) => hours(row.billableMinutes) },
  billable: { label: 'Billable', in: ['none'], value: (row) => (row.entry ? (row.entry.billable ? 'Yes' : 'No') : '') },
  rate: { label: 'Rate', in: ['none'], value: (row) => (row.entry ? money(row.entry.rateMinor, row.currency) : '') },
  amount: { label: 'Amount', in: ALL, value: (row) => money(row.amountMinor, row.currency) },
  currency: { label: 'Currency', in: ALL, value: (row) => row.currency },
  entries: { label: 'Entries', in: ['day', 'project', 'client'], value: (row) => String(row.count) },
};

export function columnApplies(column: ExportColumn, grouping: ExportGrouping): boolean {
  return COLUMN_SPECS[column].in.includes(grouping);
}

function entryRow(entry: ExportEntry): ExportRow {
  const amount = amountMinorForMinutes(entry.minutes, entry.rateMinor);
  return {
    entry,
    minutes: entry.minutes,
    billableMinutes: entry.billable ? entry.minutes : 0,
    amountMinor: amount,
    currency: entry.currency,
    count: 1,
  };
}

function groupKey(entry: ExportEntry, grouping: Exclude<ExportGrouping, 'none'>): string {
  if (grouping === 'day') return entry.day;
  if (grouping === 'client') return entry.clientName;
  return `${entry.clientName}\u001f${entry.projectName}\u001f${entry.projectCode}`;
}

function grouped(entries: readonly ExportEntry[], grouping: Exclude<ExportGrouping, 'none'>): ExportRow[] {
  const groups = new Map<string, ExportRow>();
  for (const entry of entries) {
    const key = `${groupKey(entry, grouping)}\u001f${entry.currency}`;
    const row = groups.get(key) ?? {
      day: grouping === 'day' ? entry.day : undefined,
      clientName: grouping === 'day' ? undefined : entry.clientName,
      projectName: grouping === 'project' ? entry.projectName : undefined,
      projectCode: grouping === 'project' ? entry.projectCode : undefined,
      minutes: 0,
      billableMinutes: 0,
      amountMinor: 0,
      currency: entry.currency,
      count: 0,
    };
    const one = entryRow(entry);
    row.minutes += one.minutes;
    row.billableMinutes += one.billableMinutes;
    row.amountMinor += one.amountMinor;
    row.count += 1;
    groups.set(key, row);
  }
  const label = (row: ExportRow) => `${row.day ?? ''}\u001f${row.clientName ?? ''}\u001f${row.projectName ?? ''}\u001f${row.currency}`;
  return [...groups.values()].sort((a, b) => label(a).localeCompare(label(b)));
}

/** A spreadsheet runs a cell starting with = + - @ (or a tab or return) as a formula: such text gets a leading quote. */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function safeCell(value: string, column: ExportColumn): string {
  const numeric = column === 'amount' || column === 'rate' || column === 'hours' || column === 'billableHours' || column === 'duration';
  return numeric ? value : spreadsheetText(value);
}

/** CSV text as every export writes it: a byte-order mark (spreadsheets then read UTF-8), CRLF lines, a final newline. */
export function csvText(fields: readonly string[], data: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse({ fields: [...fields], data: data.map((row) => [...row]) }, { newline: '\r\n' })}\r\n`;
}

/**
 * The range the CSV export offers first: the month so far. On the first of a month that is one day,
 * usually empty, while the month just ended is what gets billed: then the range starts a month earlier.
 */
export function defaultExportRange(today: DayKey): { from: DayKey; to: DayKey } {
  const monthStart = (day: DayKey) => toDayKey(`${day.slice(0, 8)}01`);
  const from = today.endsWith('-01') ? monthStart(addDays(today, -1)) : monthStart(today);
  return { from, to: today };
}

export interface ExportOptions {
  grouping: ExportGrouping;
  columns: readonly ExportColumn[];
}

/** The CSV text (with a byte-order mark so spreadsheets read it as UTF-8); entries in the order given. */
export function timeEntriesCsv(entries: readonly ExportEntry[], options: ExportOptions): string {
  const columns = EXPORT_COLUMNS.filter((column) => options.columns.includes(column) && columnApplies(column, options.grouping));
  const rows = options.grouping === 'none' ? entries.map(entryRow) : grouped(entries, options.grouping);
  const data = rows.map((row) => columns.map((column) => safeCell(COLUMN_SPECS[column].value(row), column)));
  return csvText(
    columns.map((column) => COLUMN_SPECS[column].label),
    data,
  );
}
