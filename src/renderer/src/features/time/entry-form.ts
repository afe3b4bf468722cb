import { formReader } from '../../domain/parse/form-reader';
import type { FormReader } from '../../domain/parse/form-reader';
import type { DayKey } from '../../domain/time/day-key';
import { clockText, elapsedMinutesBetween, localDateAt, minuteOfDay } from '../../domain/time/wall-clock';
import { formatHoursColonMinutes } from '../../domain/format/format-duration';
import type { Hat } from '../../domain/model/hat';
import type { Project } from '../../domain/model/project';
import type { TimeEntry } from '../../domain/model/time-entry';

// What the Log time dialog and the inline editor hold: text as typed, parsed only on save.
// Error keys match the repository's ('projectId', 'day', 'startedAt', 'minutes') so its messages
// land on the same fields; 'end' is the form's own.

export interface EntryFormValues {
  projectId: string;
  hat: Hat;
  /** 'YYYY-MM-DD' from a date input */
  day: string;
  /** 'HH:MM' from a time input; '' = after the day's last entry (new entries only) */
  start: string;
  /** '1:30', '90m', '1.5h'… */
  duration: string;
  /** 'HH:MM'; an alternative to the duration */
  end: string;
  billable: boolean;
  note: string;
}

export interface ParsedEntry {
  projectId: string;
  hat: Hat;
  day: string;
  startedAt?: string;
  minutes: number;
  billable: boolean;
  note: string;
}

export function defaultBillable(project: Project | undefined): boolean {
  return project ? project.billing !== 'non_billable' : true;
}

export function newEntryValues(day: string, project?: Project): EntryFormValues {
  return {
    projectId: project?.id ?? '',
    hat: 'production',
    day,
    start: '',
    duration: '',
    end: '',
    billable: defaultBillable(project),
    note: '',
  };
}

export function valuesOfEntry(entry: TimeEntry): EntryFormValues {
  return {
    projectId: entry.projectId,
    hat: entry.hat,
    day: entry.day,
    start: clockText(minuteOfDay(new Date(entry.startedAt))),
    duration: formatHoursColonMinutes(entry.minutes),
    end: '',
    billable: entry.billable,
    note: entry.note,
  };
}

function readMinutes(
  read: FormReader,
  values: EntryFormValues,
  day: DayKey | undefined,
  startMinute: number | undefined,
): number {
  let minutes = read.minutes('minutes', values.duration);
  if (minutes === 0) {
    read.fail('minutes', 'Duration must be at least 1 minute');
    minutes = undefined;
  }
  if (values.end === '') {
    if (values.duration.trim() === '') read.fail('minutes', 'Enter a duration (1:30, 90m or 1.5h) or an end time');
    return minutes ?? 0;
  }
  const endMinute = read.clock('end', values.end, 'Enter the end time like 17:30');
  if (endMinute === undefined) return minutes ?? 0;
  if (startMinute === undefined) read.fail('startedAt', 'Enter a start time to use an end time');
  else if (day !== undefined) {
    const span = elapsedMinutesBetween(day, startMinute, endMinute);
    if (span <= 0) read.fail('end', 'The end time must be after the start time');
    else if (minutes !== undefined && minutes !== span)
      read.fail('end', 'The end time does not match the duration: clear one of them');
    else minutes = span;
  }
  return minutes ?? 0;
}

/** Parses the form; throws ValidationError with a message per field when anything is off. */
export function parseEntryForm(values: EntryFormValues, options: { requireStart?: boolean } = {}): ParsedEntry {
  const read = formReader();
  read.text('projectId', values.projectId, { required: 'Choose a project' });
  const day = read.day('day', values.day, { required: 'Enter the date' });
  const startMinute = read.clock('startedAt', values.start, 'Enter the start time like 09:30', { beforeMidnight: true });
  if (values.start === '' && options.requireStart) read.fail('startedAt', 'Enter the start time');
  const minutes = readMinutes(read, values, day, startMinute);
  read.finish();
  return {
    projectId: values.projectId,
    hat: values.hat,
    day: values.day,
    ...(startMinute !== undefined && day !== undefined ? { startedAt: localDateAt(day, startMinute).toISOString() } : {}),
    minutes,
    billable: values.billable,
    note: values.note.trim(),
  };
}
