import { hashText } from '../csv/fingerprint';
import { BLOCK_KINDS, timeBlockSchema, type BlockKind, type TimeBlock } from '../model/time-block';
import { err, ok, type Result } from '../result';
import { addDays } from '../time/day-key';
import { localTimeAt, parseIcsDuration, parseIcsTime, toLocalTime, type LocalTime } from './ics-dates';
import { parseIcsComponents, property, type IcsComponent } from './ics-components';
import { ICS_KIND_PROPERTY } from './ics-export';
import { unescapeText } from './ics-text';

// Meetings from an .ics file as blocks. Every VEVENT becomes a 'meeting' block on its local day
// (a Tandem export keeps its kinds through X-TANDEM-KIND). Rules, counted in the result:
// - all-day events (DATE values) are skipped: they are not time on the grid;
// - repeating events (RRULE/RDATE) are skipped: only single meetings are imported;
// - cancelled and zero-length events are skipped;
// - an event that runs past midnight is CLIPPED at the end of its start day (the grid is one day).
// Anything malformed (structure, dates, an end before the start) fails the whole file.

export interface IcsImport {
  blocks: TimeBlock[];
  skipped: { allDay: number; repeating: number; cancelled: number; zeroLength: number; duplicate: number };
  clipped: number;
  /** TZIDs this machine does not know; their times were read as local wall clock */
  unknownZones: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TITLE = 200;

type Outcome = { block: TimeBlock; clipped: boolean; zones: string[] } | { skip: keyof IcsImport['skipped'] };

function eventName(event: IcsComponent): string {
  const summary = property(event, 'SUMMARY');
  return summary ? `the event “${unescapeText(summary.value).slice(0, 40)}”` : 'an event';
}

/** Our own UIDs are block ids and come back as such; any other UID maps to a stable id of its own. */
function blockIdOf(uid: string | undefined, recurrenceId: string | undefined, fallback: string): string {
  if (uid && UUID.test(uid) && !recurrenceId) return uid;
  const key = `${uid ?? fallback}\u001f${recurrenceId ?? ''}`;
  return `ics-${hashText(key, 1)}-${hashText(key, 2)}`;
}

function titleOf(event: IcsComponent, kind: BlockKind): string {
  const summary = unescapeText(property(event, 'SUMMARY')?.value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!summary) return kind === 'meeting' ? 'Meeting' : '';
  return summary.length > MAX_TITLE ? `${summary.slice(0, MAX_TITLE - 1)}…` : summary;
}

function endOf(event: IcsComponent, start: LocalTime, where: string): Result<LocalTime | null> {
  const dtend = property(event, 'DTEND');
  if (dtend) {
    const end = parseIcsTime(dtend);
    if (!end.ok) return end;
    if (end.value.form === 'date') return err(`Line ${dtend.lineNumber}: ${where} starts at a time but ends on a date.`);
    return ok(toLocalTime(end.value));
  }
  const duration = property(event, 'DURATION');
  if (!duration) return ok(null);
  const length = parseIcsDuration(duration);
  return length.ok ? ok(localTimeAt(start.instant + length.value)) : length;
}

function readEvent(event: IcsComponent, index: number): Result<Outcome> {
  const where = eventName(event);
  const dtstart = property(event, 'DTSTART');
  if (!dtstart) return err(`Line ${event.lineNumber}: ${where} has no DTSTART.`);
  const startTime = parseIcsTime(dtstart);
  if (!startTime.ok) return startTime;
  if (startTime.value.form === 'date') return ok({ skip: 'allDay' });
  if (property(event, 'RRULE') || property(event, 'RDATE')) return ok({ skip: 'repeating' });
  if (property(event, 'STATUS')?.value.trim().toUpperCase() === 'CANCELLED') return ok({ skip: 'cancelled' });
  const start = toLocalTime(startTime.value);
  const end = endOf(event, start, where);
  if (!end.ok) return end;
  if (end.value && end.value.instant < start.instant) return err(`Line ${dtstart.lineNumber}: ${where} ends before it starts.`);
  if (!end.value || end.value.instant === start.instant) return ok({ skip: 'zeroLength' });
  const sameDay = end.value.day === start.day;
  const atNextMidnight = end.value.day === addDays(start.day, 1) && end.value.minute === 0;
  const endMinute = sameDay ? end.value.minute : 1440;
  if (endMinute <= start.minute) return ok({ skip: 'zeroLength' });
  const kindValue = property(event, ICS_KIND_PROPERTY)?.value.trim();
  const kind = BLOCK_KINDS.find((candidate) => candidate === kindValue) ?? 'meeting';
  const uid = property(event, 'UID')?.value.trim();
  const fallback = `${dtstart.value}\u001f${property(event, 'SUMMARY')?.value ?? ''}\u001f${index}`;
  const parsed = timeBlockSchema.safeParse({
    id: blockIdOf(uid || undefined, property(event, 'RECURRENCE-ID')?.value.trim(), fallback),
    day: start.day,
    startMinute: start.minute,
    endMinute,
    kind,
    taskIds: [],
    title: titleOf(event, kind),
  });
  if (!parsed.success)
    return err(`Line ${event.lineNumber}: ${where} cannot be a block (${parsed.error.issues[0]?.message ?? 'invalid'}).`);
  const zones = [start.unknownZone, end.value.unknownZone].filter((zone): zone is string => zone !== undefined);
  return ok({ block: parsed.data, clipped: !sameDay && !atNextMidnight, zones });
}

/** Reads an .ics text into blocks, or one clear message; nothing is half-read. */
export function importIcs(text: string): Result<IcsImport> {
  const calendars = parseIcsComponents(text);
  if (!calendars.ok) return calendars;
  const result: IcsImport = {
    blocks: [],
    skipped: { allDay: 0, repeating: 0, cancelled: 0, zeroLength: 0, duplicate: 0 },
    clipped: 0,
    unknownZones: [],
  };
  const seen = new Set<string>();
  const zones = new Set<string>();
  const events = calendars.value.flatMap((calendar) => calendar.components.filter((component) => component.name === 'VEVENT'));
  for (const [index, event] of events.entries()) {
    const outcome = readEvent(event, index);
    if (!outcome.ok) return outcome;
    if ('skip' in outcome.value) {
      result.skipped[outcome.value.skip] += 1;
      continue;
    }
    const { block, clipped } = outcome.value;
    if (seen.has(block.id)) {
      result.skipped.duplicate += 1;
      continue;
    }
    seen.add(block.id);
    result.blocks.push(block);
    if (clipped) result.clipped += 1;
    outcome.value.zones.forEach((zone) => zones.add(zone));
  }
  result.unknownZones = [...zones];
  return ok(result);
}
