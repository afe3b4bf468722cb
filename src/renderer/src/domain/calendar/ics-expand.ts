import ICAL from 'ical.js';
import type { BlockKind } from '../model/time-block';
import { err, ok, type Result } from '../result';
import { addDays, parseDayKey, type DayKey } from '../time/day-key';
import { parseIcsComponents } from './ics-components';
import { checkEvent, eventName, startLineOf } from './ics-event-check';
import { recurrenceKeyOf } from './ics-local-time';
import { readOccurrence, zoneParameter, type OccurrenceTimes, type SourceEvent } from './ics-occurrence';
import { hasRunawayRule, MAX_STEPS_PER_FILE, walkSeries, type WalkDays } from './ics-series';
import { unfoldLines } from './ics-text';
import { errorText } from '@shared/error-text';

// The one reader of iCalendar text, shared by the .ics file import and calendar feeds: every
// timed event, recurring ones expanded (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides), as
// wall-clock occurrences on this machine's local days. ical.js reads the values and walks the
// rules; a file that is malformed anywhere fails whole, with the line.

/** Local days, both included (the weeks shown). */
export interface IcsRange {
  from: DayKey;
  to: DayKey;
}

/** One timed occurrence of an event, on this machine's wall clock. */
export interface IcsOccurrence {
  /** stable per UID + occurrence: reading the same file twice gives the same ids */
  id: string;
  title: string;
  day: DayKey;
  /** minutes from local midnight, 0–1439 */
  startMinute: number;
  /** 1–1440; an event past midnight is clipped at 1440 */
  endMinute: number;
  /** 'meeting' unless a Tandem export kept its own kind (X-TANDEM-KIND) */
  kind: BlockKind;
  /** true when it comes from a recurring series (RRULE/RDATE), so it holds for the range only */
  recurring: boolean;
}

/** What was left out, counted so that nothing is skipped silently. */
export interface IcsSkipped {
  allDay: number;
  cancelled: number;
  zeroLength: number;
  duplicate: number;
  /** single events on days outside the range */
  outsideRange: number;
  /** series or occurrences left out by the safety caps (runaway rules, more than MAX_OCCURRENCES) */
  overLimit: number;
}

export interface IcsExpansion {
  /** in the range, ordered by day and start */
  events: IcsOccurrence[];
  skipped: IcsSkipped;
  /** occurrences cut at midnight */
  clipped: number;
  /** TZIDs neither defined in the file nor known here: their times were read as local wall clock */
  unknownZones: string[];
}

/** Occurrences in one range, all events together: far beyond any real calendar's weeks. */
const MAX_OCCURRENCES = 5_000;

/** ical.js names no line when it refuses a value (a rule such as BYHOUR=25): find the line it refuses. */
function unreadableLine(text: string, failure: unknown): string {
  const refused = unfoldLines(text).find(({ text: line }) => {
    if (/^(BEGIN|END):/i.test(line)) return false;
    try {
      ICAL.parse.property(line);
      return false;
    } catch {
      return true;
    }
  });
  const where = refused
    ? `Line ${refused.lineNumber}: “${refused.text.slice(0, 60)}” cannot be read`
    : 'The file cannot be read as iCalendar';
  return `${where} (${errorText(failure)}).`;
}

function readSources(text: string): Result<SourceEvent[]> {
  const outline = parseIcsComponents(text);
  if (!outline.ok) return outline;
  let roots: unknown[];
  try {
    const parsed: unknown = ICAL.parse(text.replace(/^\uFEFF/, ''));
    // One VCALENDAR parses to one jCal array ['vcalendar', …]; several to an array of them.
    roots = Array.isArray(parsed) && typeof parsed[0] !== 'string' ? parsed : [parsed];
  } catch (failure) {
    return err(unreadableLine(text, failure));
  }
  const vevents = roots.flatMap((root) => new ICAL.Component(root as unknown[]).getAllSubcomponents('vevent'));
  const outlines = outline.value.flatMap((calendar) => calendar.components.filter((component) => component.name === 'VEVENT'));
  const sources: SourceEvent[] = [];
  for (const [index, vevent] of vevents.entries()) {
    const lines = outlines[index];
    if (!lines || vevents.length !== outlines.length)
      return err('The file cannot be read as iCalendar: its events do not line up.');
    const source = { event: new ICAL.Event(vevent), outline: lines, index };
    const checked = checkEvent(source.event, lines);
    if (!checked.ok) return checked;
    sources.push(source);
  }
  return ok(sources);
}

class Collector {
  readonly expansion: IcsExpansion = {
    events: [],
    skipped: { allDay: 0, cancelled: 0, zeroLength: 0, duplicate: 0, outsideRange: 0, overLimit: 0 },
    clipped: 0,
    unknownZones: [],
  };
  private readonly ids = new Set<string>();
  private readonly zones = new Set<string>();

  constructor(private readonly range: IcsRange) {}

  add(source: SourceEvent, times: OccurrenceTimes, recurring: boolean): Result<void> {
    const outcome = readOccurrence(source, times, this.range.from, this.range.to);
    if (!outcome.ok) return outcome;
    const { skipped } = this.expansion;
    const value = outcome.value;
    if ('outside' in value) {
      if (!recurring) skipped.outsideRange += 1;
    } else if ('skip' in value) {
      skipped[value.skip] += 1;
    } else if (this.ids.has(value.occurrence.id)) {
      skipped.duplicate += 1;
    } else if (this.expansion.events.length >= MAX_OCCURRENCES) {
      skipped.overLimit += 1;
    } else {
      this.ids.add(value.occurrence.id);
      this.expansion.events.push({ ...value.occurrence, recurring });
      if (value.clipped) this.expansion.clipped += 1;
      value.unknownZones.forEach((zone) => this.zones.add(zone));
    }
    return ok(undefined);
  }

  finish(): IcsExpansion {
    this.expansion.events.sort((a, b) => a.day.localeCompare(b.day) || a.startMinute - b.startMinute || a.id.localeCompare(b.id));
    this.expansion.unknownZones = [...this.zones];
    return this.expansion;
  }
}

function singleTimes(event: ICAL.Event): OccurrenceTimes {
  const startZone = zoneParameter(event, 'dtstart');
  return {
    start: event.startDate,
    end: event.endDate,
    startZone,
    endZone: zoneParameter(event, 'dtend') ?? startZone,
    recurrenceKey: event.isRecurrenceException() ? recurrenceKeyOf(event.recurrenceId) : null,
  };
}

function seriesTimes(
  master: SourceEvent,
  override: SourceEvent | undefined,
  details: ReturnType<ICAL.Event['getOccurrenceDetails']>,
  recurrenceKey: string,
): OccurrenceTimes {
  const startZone = zoneParameter((override ?? master).event, 'dtstart');
  // An instance as the rule makes it is its DTSTART's wall clock + the duration, in DTSTART's zone.
  const endZone = override ? (zoneParameter(override.event, 'dtend') ?? startZone) : startZone;
  return { start: details.startDate, end: details.endDate, startZone, endZone, recurrenceKey };
}

interface SeriesLimits {
  /** the range's days widened by 2 on each side: a series' own zone can be a day away from this machine's */
  days: WalkDays;
  budget: { steps: number };
}

const dayNumber = (key: DayKey): number => {
  const { year, month, day } = parseDayKey(key);
  return year * 10_000 + month * 100 + day;
};

function expandSeries(
  master: SourceEvent,
  overrides: Map<ICAL.Event, SourceEvent>,
  collector: Collector,
  limits: SeriesLimits,
): Result<void> {
  const { event } = master;
  if (hasRunawayRule(event)) {
    collector.expansion.skipped.overLimit += 1;
    return ok(undefined);
  }
  const visited = new Set<string>();
  try {
    const walk = walkSeries(event, limits.days, limits.budget);
    if (!walk.completed) collector.expansion.skipped.overLimit += 1;
    for (const recurrenceId of walk.recurrenceIds) {
      const details = event.getOccurrenceDetails(recurrenceId);
      const recurrenceKey = recurrenceKeyOf(recurrenceId);
      visited.add(recurrenceKey);
      const override = overrides.get(details.item);
      const added = collector.add(override ?? master, seriesTimes(master, override, details, recurrenceKey), true);
      if (!added.ok) return added;
    }
  } catch (failure) {
    return err(
      `Line ${startLineOf(master.outline)}: the repeats of ${eventName(event)} cannot be worked out: ${errorText(failure)}`,
    );
  }
  // An instance moved into the range from a date outside the days walked: add it as it is now.
  for (const override of overrides.values()) {
    const recurrenceKey = recurrenceKeyOf(override.event.recurrenceId);
    if (visited.has(recurrenceKey)) continue;
    const added = collector.add(override, { ...singleTimes(override.event), recurrenceKey }, true);
    if (!added.ok) return added;
  }
  return ok(undefined);
}

/** Reads an .ics text into the occurrences within `range`, or one clear message; nothing is half-read. */
export function expandIcsEvents(text: string, range: IcsRange): Result<IcsExpansion> {
  const sources = readSources(text);
  if (!sources.ok) return sources;
  const isMaster = (source: SourceEvent) => source.event.isRecurring() && !source.event.isRecurrenceException();
  const masters = sources.value.filter(isMaster);
  const masterOf = new Map(masters.filter((master) => master.event.uid).map((master) => [master.event.uid, master]));
  const overridesOf = new Map(masters.map((master) => [master, new Map<ICAL.Event, SourceEvent>()]));
  const collector = new Collector(range);
  for (const source of sources.value) {
    if (isMaster(source)) continue;
    const master = source.event.isRecurrenceException() ? masterOf.get(source.event.uid) : undefined;
    if (master) {
      master.event.relateException(source.event);
      overridesOf.get(master)?.set(source.event, source);
      continue;
    }
    // A single event, or an instance whose series is not in the file.
    const added = collector.add(source, singleTimes(source.event), false);
    if (!added.ok) return added;
  }
  const limits = {
    days: { firstDay: dayNumber(addDays(range.from, -2)), lastDay: dayNumber(addDays(range.to, 2)) },
    budget: { steps: MAX_STEPS_PER_FILE },
  };
  for (const master of masters) {
    const expanded = expandSeries(master, overridesOf.get(master) ?? new Map<ICAL.Event, SourceEvent>(), collector, limits);
    if (!expanded.ok) return expanded;
  }
  return ok(collector.finish());
}
