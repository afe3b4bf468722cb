import type { CsvSource } from './types';

// The columns each tracker writes, by meaning. Headers are compared case-insensitively with
// spaces collapsed; a column may go by several names (Clockify's Activity is its Task).

export type Field =
  | 'date'
  | 'startTime'
  | 'endDate'
  | 'endTime'
  | 'duration'
  | 'durationDecimal'
  | 'hours'
  | 'client'
  | 'project'
  | 'task'
  | 'description'
  | 'billable'
  | 'tags'
  | 'user'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'type'
  | 'rate'
  | 'amount'
  | 'currency';

type Matcher = string | RegExp;

const COMMON: Partial<Record<Field, Matcher[]>> = {
  client: ['client'],
  project: ['project'],
  task: ['task'],
  description: ['description'],
  billable: ['billable'],
  tags: ['tags'],
  user: ['user', 'member'],
  email: ['email'],
};

export const SOURCE_COLUMNS: Record<CsvSource, Partial<Record<Field, Matcher[]>>> = {
  toggl: {
    ...COMMON,
    date: ['start date'],
    startTime: ['start time'],
    endDate: ['end date'],
    endTime: ['end time'],
    duration: ['duration'],
    amount: [/^amount \(.*\)$/, 'amount'],
    rate: [/^(billable )?rate \(.*\)$/],
  },
  clockify: {
    ...COMMON,
    task: ['task', 'activity'],
    date: ['start date'],
    startTime: ['start time'],
    endDate: ['end date'],
    endTime: ['end time'],
    duration: ['duration (h)'],
    durationDecimal: ['duration (decimal)'],
    type: ['type'],
    rate: [/^billable rate \(.*\)$/, 'billable rate'],
    amount: [/^billable amount \(.*\)$/, 'billable amount'],
  },
  harvest: {
    ...COMMON,
    date: ['date', 'spent date'],
    hours: ['hours'],
    description: ['notes'],
    billable: ['billable?', 'billable'],
    firstName: ['first name'],
    lastName: ['last name'],
    rate: ['billable rate'],
    amount: ['billable amount'],
    currency: ['currency'],
  },
};

/** What a file must have for each source; each inner list is "one of these". */
export const REQUIRED: Record<CsvSource, { fields: Field[]; label: string }[]> = {
  toggl: [
    { fields: ['date'], label: 'Start date' },
    { fields: ['duration', 'endTime'], label: 'Duration' },
    { fields: ['project'], label: 'Project' },
  ],
  clockify: [
    { fields: ['date'], label: 'Start Date' },
    { fields: ['duration', 'durationDecimal', 'endTime'], label: 'Duration (h)' },
    { fields: ['project'], label: 'Project' },
  ],
  harvest: [
    { fields: ['date'], label: 'Date' },
    { fields: ['hours'], label: 'Hours' },
    { fields: ['project'], label: 'Project' },
  ],
};

export function normalizeHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

export interface ColumnMap {
  index: Partial<Record<Field, number>>;
  /** the original header of each found field ('Amount (EUR)'), for currencies in headers */
  header: Partial<Record<Field, string>>;
}

export function mapColumns(headers: readonly string[], source: CsvSource): ColumnMap {
  const normalized = headers.map(normalizeHeader);
  const map: ColumnMap = { index: {}, header: {} };
  for (const [field, matchers] of Object.entries(SOURCE_COLUMNS[source]) as [Field, Matcher[]][]) {
    for (const matcher of matchers) {
      const at = normalized.findIndex((name) => (typeof matcher === 'string' ? name === matcher : matcher.test(name)));
      if (at >= 0) {
        map.index[field] = at;
        map.header[field] = headers[at];
        break;
      }
    }
  }
  return map;
}

/** Labels of the required columns the file lacks. */
export function missingColumns(map: ColumnMap, source: CsvSource): string[] {
  return REQUIRED[source].filter((need) => need.fields.every((field) => map.index[field] === undefined)).map((need) => need.label);
}
