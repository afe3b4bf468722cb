import type { BlockKind } from '../../domain/model/time-block';
import { formReader } from '../../domain/parse/form-reader';
import { clockText } from '../../domain/time/wall-clock';
import { ValidationError } from '../../domain/validation';
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

/** The draft the values describe, or a ValidationError naming each unreadable field. */
export function parseBlockForm(values: BlockFormValues, taskIds: string[]): BlockDraft {
  const read = formReader();
  const day = read.day('day', values.day, { required: 'Choose a date' });
  const start = read.clock('startMinute', values.start, 'Enter a start time like 09:30', {
    required: true,
    beforeMidnight: true,
  });
  const end = read.clock('endMinute', values.end, 'Enter an end time like 10:30', { required: true });
  // each one left undefined has its message
  if (day === undefined || start === undefined || end === undefined) throw new ValidationError({ ...read.errors });
  return {
    day,
    startMinute: start,
    endMinute: end === 0 ? 1440 : end,
    kind: values.kind,
    title: values.title,
    projectId: values.projectId || undefined,
    taskIds,
  };
}
