import type ICAL from 'ical.js';
import { hashText } from '../csv/fingerprint';
import { BLOCK_KINDS, type BlockKind } from '../model/time-block';
import { err, ok, type Result } from '../result';
import { addDays, dayKeyFromParts, type DayKey } from '../time/day-key';
import { eventName, startLineOf } from './ics-event-check';
import type { IcsOccurrence } from './ics-expand';
import { property, type IcsComponent } from './ics-components';
import { ICS_KIND_PROPERTY } from './ics-export';
import { localTimeOf } from './ics-local-time';

// One occurrence of an event (a single event, or one instance of a series) as a wall-clock block
// on its local start day. Rules: all-day, cancelled and zero-length occurrences are skipped; one
// that runs past midnight is CLIPPED at the end of its start day (the grid is one day).

/** A VEVENT as ical.js reads it, with the same VEVENT's line numbers for messages. */
export interface SourceEvent {
  event: ICAL.Event;
  outline: IcsComponent;
  /** its place in the file, to tell apart events that have no UID */
  index: number;
}

export interface OccurrenceTimes {
  start: ICAL.Time;
  end: ICAL.Time;
  /** the TZIDs they were written with (ical.js forgets the ones the file does not define) */
  startZone: string | undefined;
  endZone: string | undefined;
  /** which instance of a series (recurrenceKeyOf), or null for a single event */
  recurrenceKey: string | null;
}

/** An occurrence before the series it belongs to (if any) is known. */
export type OccurrenceOutput = Omit<IcsOccurrence, 'recurring'>;

export type OccurrenceOutcome =
  | { occurrence: OccurrenceOutput; clipped: boolean; unknownZones: string[] }
  | { skip: 'allDay' | 'cancelled' | 'zeroLength' }
  | { outside: true };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TITLE = 200;

export function zoneParameter(event: ICAL.Event, name: 'dtstart' | 'dtend'): string | undefined {
  const tzid = event.component.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

/** Our own UIDs are block ids and come back as such; any other UID + instance maps to a stable id of its own. */
function occurrenceId(source: SourceEvent, recurrenceKey: string | null): string {
  const uid = source.event.uid?.trim();
  if (uid && UUID.test(uid) && recurrenceKey === null) return uid;
  const fallback = `${property(source.outline, 'DTSTART')?.value ?? ''}\u001f${property(source.outline, 'SUMMARY')?.value ?? ''}\u001f${source.index}`;
  const key = `${uid || fallback}\u001f${recurrenceKey ?? ''}`;
  return `ics-${hashText(key, 1)}-${hashText(key, 2)}`;
}

function kindOf(event: ICAL.Event): BlockKind {
  const value = event.component.getFirstPropertyValue(ICS_KIND_PROPERTY.toLowerCase());
  return BLOCK_KINDS.find((candidate) => candidate === (typeof value === 'string' ? value.trim() : '')) ?? 'meeting';
}

function titleOf(event: ICAL.Event, kind: BlockKind): string {
  const summary = (event.summary ?? '').replace(/\s+/g, ' ').trim();
  if (!summary) return kind === 'meeting' ? 'Meeting' : '';
  return summary.length > MAX_TITLE ? `${summary.slice(0, MAX_TITLE - 1)}…` : summary;
}

function isCancelled(event: ICAL.Event): boolean {
  const status = event.component.getFirstPropertyValue('status');
  return typeof status === 'string' && status.trim().toUpperCase() === 'CANCELLED';
}

/** Where one occurrence lands on this machine's grid, for the days `from`–`to`; an end before the start is refused. */
export function readOccurrence(source: SourceEvent, times: OccurrenceTimes, from: DayKey, to: DayKey): Result<OccurrenceOutcome> {
  if (times.start.isDate) {
    const day = dayKeyFromParts(times.start.year, times.start.month, times.start.day);
    return ok(day < from || day > to ? { outside: true } : { skip: 'allDay' });
  }
  const start = localTimeOf(times.start, times.startZone);
  const end = localTimeOf(times.end, times.endZone);
  if (end.instant < start.instant)
    return err(`Line ${startLineOf(source.outline)}: ${eventName(source.event)} ends before it starts.`);
  if (start.day < from || start.day > to) return ok({ outside: true });
  if (isCancelled(source.event)) return ok({ skip: 'cancelled' });
  const sameDay = end.day === start.day;
  const endMinute = sameDay ? end.minute : 1440;
  if (end.instant === start.instant || endMinute <= start.minute) return ok({ skip: 'zeroLength' });
  const atNextMidnight = end.day === addDays(start.day, 1) && end.minute === 0;
  const kind = kindOf(source.event);
  const occurrence = {
    id: occurrenceId(source, times.recurrenceKey),
    title: titleOf(source.event, kind),
    day: start.day,
    startMinute: start.minute,
    endMinute,
    kind,
  };
  const unknownZones = [start.unknownZone, end.unknownZone].filter((zone): zone is string => zone !== undefined);
  return ok({ occurrence, clipped: !sameDay && !atNextMidnight, unknownZones });
}
