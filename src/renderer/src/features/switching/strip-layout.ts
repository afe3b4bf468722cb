import type { SwitchingDayData } from '../../db/queries/switching-day';
import { formatMinutes } from '../../domain/format/format-duration';
import { HAT_SHORT_LABELS } from '../../domain/model/hat';
import { BLOCK_KIND_LABELS } from '../../domain/model/time-block';
import { MIN_COUNTED_MINUTES, sequenceOfEntries } from '../../domain/switching/sequence';
import { dayKeyOf } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { clockText, localDateAt, minuteOfDay } from '../../domain/time/wall-clock';

// Where each entry and block sits on the day's timeline strip, in wall-clock minutes from the
// day's midnight (an entry across midnight runs past 24:00). Switch marks come from the same
// counted sequence the figures use, so the strip never disagrees with the numbers.

export interface StripSegment {
  id: string;
  start: number;
  end: number;
  /** short text drawn in the segment: the project code */
  label: string;
  /** the full sentence: time, project, hat or kind, length */
  text: string;
  /** CSS class for the colour */
  tone: string;
  /** the counted sequence changes project here */
  switch: boolean;
  /** under 2 minutes: drawn, but not counted */
  ignored: boolean;
}

export interface StripAxis {
  start: number;
  end: number;
  ticks: number[];
}

function startMinuteOf(startedAt: string, day: DayKey): number {
  const start = new Date(startedAt);
  if (dayKeyOf(start) === day) return minuteOfDay(start);
  // Logged in another zone: place it by real time from this day's midnight.
  return Math.max(0, Math.round((start.getTime() - localDateAt(day, 0).getTime()) / 60_000));
}

const clock = (minute: number) => clockText(minute % 1440);

export function entrySegments(data: SwitchingDayData): StripSegment[] {
  const switches = new Set<string>();
  let previous: string | null | undefined;
  for (const item of sequenceOfEntries(data.entries)) {
    if (previous !== undefined && previous !== item.projectId) switches.add(item.tieBreak);
    previous = item.projectId;
  }
  return data.entries.map((entry) => {
    const project = data.projects.get(entry.projectId);
    const start = startMinuteOf(entry.startedAt, data.day);
    const end = start + entry.minutes;
    const ignored = entry.minutes < MIN_COUNTED_MINUTES;
    const name = project ? `${project.code} ${project.name}` : 'Unknown project';
    return {
      id: entry.id,
      start,
      end,
      label: project?.code ?? '?',
      text: `${clock(start)}–${clock(end)} ${name}, ${HAT_SHORT_LABELS[entry.hat]}, ${formatMinutes(entry.minutes)}${switches.has(entry.id) ? ', a switch' : ''}${ignored ? ', too short to count' : ''}`,
      tone: `tone-${entry.hat}`,
      switch: switches.has(entry.id),
      ignored,
    };
  });
}

export function blockSegments(data: SwitchingDayData): StripSegment[] {
  return data.blocks.map((block) => {
    const project = block.projectId ? data.projects.get(block.projectId) : undefined;
    const kind = BLOCK_KIND_LABELS[block.kind];
    return {
      id: block.id,
      start: block.startMinute,
      end: block.endMinute,
      label: project?.code ?? kind,
      text: `${clock(block.startMinute)}–${clock(block.endMinute)} ${kind}${project ? ` on ${project.code} ${project.name}` : ''}${block.title ? `: ${block.title}` : ''}`,
      tone: `tone-${block.kind}`,
      switch: false,
      ignored: false,
    };
  });
}

/** Whole hours around everything drawn, at least six of them. */
export function stripAxis(segments: readonly StripSegment[]): StripAxis {
  if (segments.length === 0) return { start: 9 * 60, end: 17 * 60, ticks: [] };
  let start = Math.floor(Math.min(...segments.map((segment) => segment.start)) / 60) * 60;
  let end = Math.ceil(Math.max(...segments.map((segment) => segment.end)) / 60) * 60;
  if (end - start < 360) {
    end = Math.min(Math.max(end, start + 360), 1440 * 2);
    start = Math.max(0, end - Math.max(360, end - start));
  }
  const step = end - start > 14 * 60 ? 120 : 60;
  const ticks: number[] = [];
  for (let tick = start; tick <= end; tick += step) ticks.push(tick);
  return { start, end, ticks };
}
