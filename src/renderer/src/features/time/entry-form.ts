import { ValidationError } from '../../domain/validation';
import type { FieldErrors } from '../../domain/validation';
import { parseDuration } from '../../domain/parse/parse-duration';
import { isDayKey, toDayKey } from '../../domain/time/day-key';
import { clockText, elapsedMinutesBetween, localDateAt, minuteOfDay, parseClockText } from '../../domain/time/wall-clock';
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

function parseMinutes(values: EntryFormValues, startMinute: number | null, errors: FieldErrors): number {
  let minutes: number | undefined;
  if (values.duration.trim() !== '') {
    const parsed = parseDuration(values.duration);
    if (!parsed.ok) errors.minutes = parsed.error;
    else if (parsed.value === 0) errors.minutes = 'Duration must be at least 1 minute';
    else minutes = parsed.value;
  }
  if (values.end === '') {
    if (values.duration.trim() === '') errors.minutes = 'Enter a duration (1:30, 90m or 1.5h) or an end time';
    return minutes ?? 0;
  }
  const endMinute = parseClockText(values.end);
  if (endMinute === null) errors.end = 'Enter the end time like 17:30';
  else if (startMinute === null) errors.startedAt = 'Enter a start time to use an end time';
  else if (isDayKey(values.day)) {
    const span = elapsedMinutesBetween(values.day, startMinute, endMinute);
    if (span <= 0) errors.end = 'The end time must be after the start time';
    else if (minutes !== undefined && minutes !== span)
      errors.end = 'The end time does not match the duration: clear one of them';
    else minutes = span;
  }
  return minutes ?? 0;
}

/** Parses the form; throws ValidationError with a message per field when anything is off. */
export function parseEntryForm(values: EntryFormValues, options: { requireStart?: boolean } = {}): ParsedEntry {
  const errors: FieldErrors = {};
  if (values.projectId === '') errors.projectId = 'Choose a project';
  if (!isDayKey(values.day)) errors.day = 'Enter the date';
  let startMinute: number | null = null;
  if (values.start !== '') {
    startMinute = parseClockText(values.start);
    if (startMinute === null || startMinute >= 1440) errors.startedAt = 'Enter the start time like 09:30';
  } else if (options.requireStart) {
    errors.startedAt = 'Enter the start time';
  }
  const minutes = parseMinutes(values, startMinute, errors);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return {
    projectId: values.projectId,
    hat: values.hat,
    day: values.day,
    ...(startMinute !== null ? { startedAt: localDateAt(toDayKey(values.day), startMinute).toISOString() } : {}),
    minutes,
    billable: values.billable,
    note: values.note.trim(),
  };
}
