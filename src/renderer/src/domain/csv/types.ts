import type { DayKey } from '../time/day-key';

// What the CSV importer hands on: entries read from another tracker's export, still by name
// (client and project are matched or created when the user commits the import).

export const CSV_SOURCES = ['toggl', 'harvest', 'clockify'] as const;
export type CsvSource = (typeof CSV_SOURCES)[number];

export const CSV_SOURCE_LABELS: Record<CsvSource, string> = {
  toggl: 'Toggl Track',
  harvest: 'Harvest',
  clockify: 'Clockify',
};

/** How slash dates are written: 03/04/2024 is 4 March ('mdy') or 3 April ('dmy'). */
export type DateOrder = 'mdy' | 'dmy';

export interface CsvEntry {
  /** the line in the file (the header is line 1), for messages */
  row: number;
  day: DayKey;
  /** ISO instant the entry started (wall-clock times in the file are read in the machine's zone) */
  startedAt: string;
  /** the start fell in an hour the clock skipped (read after the gap) or showed twice (read the first time) */
  clockChange?: 'skipped' | 'repeated';
  minutes: number;
  /** '' when the file has no client for the row */
  clientName: string;
  /** '' when the row has no project */
  projectName: string;
  task: string;
  description: string;
  tags: string[];
  /** undefined when the file does not say */
  billable: boolean | undefined;
  /** minor units per hour in `currency`, from the file's rate or derived from its amount */
  rateMinor: number | undefined;
  /** the amount the file states, minor units in `currency` */
  amountMinor: number | undefined;
  currency: string | undefined;
  /** stable id of the row across imports of the same file: '<source>:<hash>:<n>' */
  externalId: string;
}

export interface RowProblem {
  row: number;
  message: string;
  /** 'error' rows block the import until skipped on purpose; 'skipped' rows carry nothing to import */
  kind: 'error' | 'skipped';
}

export interface ParsedCsv {
  source: CsvSource;
  entries: CsvEntry[];
  problems: RowProblem[];
  /** data rows in the file (without the header and blank lines) */
  rowCount: number;
  /** the order slash dates were read in, null when the file has none */
  dateOrder: DateOrder | null;
  /** the file's slash dates fit both orders: the user must say which (entries use `dateOrder` meanwhile) */
  dateOrderAmbiguous: boolean;
  decimalMark: '.' | ',';
}

export interface ParseOptions {
  fileName?: string;
  /** the user's answer when the dates could be read both ways */
  dateOrder?: DateOrder;
  /** where entries without a start time (Harvest) begin: minutes from local midnight */
  workStartMinute?: number;
}
