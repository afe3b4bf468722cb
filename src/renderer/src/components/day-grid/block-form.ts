import { BLOCK_KINDS, type BlockKind } from '../../domain/model/time-block';
import { isDayKey } from '../../domain/time/day-key';
import { clockText, parseClockText } from '../../domain/time/wall-clock';
import { ValidationError, type FieldErrors } from '../../domain/validation';
import type { BlockDraft } from './types';

// The block dialog's text values and their parsing; the repository checks the rest (end after start).

export interface BlockFormValues {
  kind: BlockKind;
  title: string;
  /** '' for no project */
  projectId: string;
  day: string;
  /** 'HH:MM' */
  start: string;
  end: string;
}

export function blockFormValues(draft: BlockDraft): BlockFormValues {
  return {
    kind: draft.kind,
    title: draft.title,
    projectId: draft.projectId ?? '',
    day: draft.day,
    start: clockText(draft.startMinute),
    // A time field cannot show 24:00: midnight at the end is written 00:00 and read back as 24:00.
    end: clockText(draft.endMinute % 1440),
  };
}

export function parseKind(value: string, fallback: BlockKind): BlockKind {
  return BLOCK_KINDS.find((kind) => kind === value) ?? fallback;
}

/** The draft the values describe, or a ValidationError naming each unreadable field. */
export function parseBlockForm(values: BlockFormValues, taskIds: string[]): BlockDraft {
  const errors: FieldErrors = {};
  const start = parseClockText(values.start);
  const end = parseClockText(values.end);
  if (!isDayKey(values.day)) errors.day = 'Choose a date';
  if (start === null || start >= 1440) errors.startMinute = 'Enter a start time like 09:30';
  if (end === null) errors.endMinute = 'Enter an end time like 10:30';
  if (Object.keys(errors).length > 0 || start === null || end === null || !isDayKey(values.day))
    throw new ValidationError(errors);
  return {
    day: values.day,
    startMinute: start,
    endMinute: end === 0 ? 1440 : end,
    kind: values.kind,
    title: values.title,
    projectId: values.projectId || undefined,
    taskIds,
  };
}
