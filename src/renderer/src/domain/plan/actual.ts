import type { Hat } from '../model/hat';
import { dayKeyOf } from '../time/day-key';
import { minuteOfDay } from '../time/wall-clock';
import type { Span } from './grid';

// Logged time as wall-clock spans of one day, to draw beside the plan and compare with it.

export interface ActualSpan extends Span {
  id: string;
  /** the local day the span is drawn on */
  day: string;
  projectId: string;
  hat: Hat;
  /** the running timer, drawn up to now */
  running?: boolean;
}

/** Where on `day` an instant falls: its minute on that day, 0 before it, 1440 after it. */
function minuteOn(day: string, instant: Date): number {
  const key = dayKeyOf(instant);
  if (key < day) return 0;
  if (key > day) return 1440;
  return minuteOfDay(instant);
}

/** What a span needs of a time entry (a TimeEntry fits). */
export interface LoggedEntry {
  id: string;
  day: string;
  startedAt: string;
  minutes: number;
  projectId: string;
  hat: Hat;
}

/** What a span needs of the running timer (a RunningTimer fits). */
export interface RunningEntry {
  startedAt: string;
  projectId: string;
  hat: Hat;
}

/** A time entry's span on its own day (`entry.day`); an entry running past midnight is cut there. */
export function entrySpan(entry: LoggedEntry): ActualSpan {
  const start = new Date(entry.startedAt);
  const end = new Date(start.getTime() + entry.minutes * 60_000);
  return {
    id: entry.id,
    day: entry.day,
    projectId: entry.projectId,
    hat: entry.hat,
    startMinute: minuteOn(entry.day, start),
    endMinute: Math.max(minuteOn(entry.day, start), minuteOn(entry.day, end)),
  };
}

/** The running timer's span on `day` up to `now`; undefined when it does not touch that day. */
export function timerSpan(timer: RunningEntry, day: string, now: Date): ActualSpan | undefined {
  const start = new Date(timer.startedAt);
  const startMinute = minuteOn(day, start);
  const endMinute = minuteOn(day, now);
  if (endMinute <= startMinute) return undefined;
  return { id: 'running-timer', day, projectId: timer.projectId, hat: timer.hat, startMinute, endMinute, running: true };
}

/** Spans of the shown days: their entries (already read for those days) and the running timer up to now. */
export function boardSpans(
  entries: readonly LoggedEntry[],
  timer: RunningEntry | undefined,
  days: readonly string[],
  now: Date,
): ActualSpan[] {
  const spans = entries.map(entrySpan);
  for (const day of timer ? days : []) {
    const running = timer && timerSpan(timer, day, now);
    if (running) spans.push(running);
  }
  return spans;
}
