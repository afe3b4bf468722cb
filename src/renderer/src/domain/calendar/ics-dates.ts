import { err, ok, type Result } from '../result';
import { dayKeyFromParts, dayKeyOf, isDayKey, type DayKey } from '../time/day-key';
import { minuteOfDay } from '../time/wall-clock';
import type { ContentLine } from './ics-text';

// DATE, DATE-TIME and DURATION values (RFC 5545 §3.3.4, §3.3.5, §3.3.6) and their conversion to the
// machine's wall clock, which is what a block stores.

interface DateParts {
  year: number;
  month: number;
  day: number;
}

export type IcsTime =
  | ({ form: 'date' } & DateParts)
  | ({ form: 'floating' | 'utc' } & DateParts & ClockParts)
  | ({ form: 'zoned'; zone: string } & DateParts & ClockParts);

interface ClockParts {
  hour: number;
  minute: number;
  second: number;
}

/** A moment on the local wall clock: the day, minutes from its midnight, and the instant (ms) for ordering. */
export interface LocalTime {
  day: DayKey;
  minute: number;
  instant: number;
  /** set when the TZID is not a zone this machine knows: the time was read as local */
  unknownZone?: string;
}

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/;

function realDate(year: number, month: number, day: number): boolean {
  const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isDayKey(key);
}

/** A DTSTART, DTEND or RECURRENCE-ID value, or a message naming the line. */
export function parseIcsTime(line: ContentLine): Result<IcsTime> {
  const value = line.value.trim();
  const bad = err<IcsTime>(
    `Line ${line.lineNumber}: ${line.name} “${value.slice(0, 40)}” is not a date such as 20261201 or 20261201T090000.`,
  );
  const date = DATE.exec(value);
  if (date) {
    const parts = { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) };
    return realDate(parts.year, parts.month, parts.day) ? ok({ form: 'date', ...parts }) : bad;
  }
  const match = DATE_TIME.exec(value);
  if (!match || line.params.get('VALUE') === 'DATE') return bad;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!realDate(year, month, day) || hour > 23 || minute > 59 || second > 60) return bad;
  const parts = { year, month, day, hour, minute, second: Math.min(second, 59) };
  if (match[7] === 'Z') return ok({ form: 'utc', ...parts });
  const zone = line.params.get('TZID')?.replace(/^\//, '').trim();
  return ok(zone ? { form: 'zoned', zone, ...parts } : { form: 'floating', ...parts });
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(zone)) {
    try {
      const options = {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      } as const;
      formatters.set(zone, new Intl.DateTimeFormat('en-US', options));
    } catch {
      // Not an IANA zone this machine knows (e.g. Outlook's 'W. Europe Standard Time').
      formatters.set(zone, null);
    }
  }
  return formatters.get(zone) ?? null;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function zoneOffset(format: Intl.DateTimeFormat, instant: number): number {
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

function localOf(instant: number): LocalTime {
  const date = new Date(instant);
  return { day: dayKeyOf(date), minute: minuteOfDay(date), instant };
}

/** Where a DATE-TIME falls on this machine's wall clock: floating as written, UTC and TZID converted. */
export function toLocalTime(time: Exclude<IcsTime, { form: 'date' }>): LocalTime {
  const wallAsUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  if (time.form === 'utc') return localOf(wallAsUtc);
  const format = time.form === 'zoned' ? formatterFor(time.zone) : null;
  if (format) {
    // Two passes settle the offset around a daylight-saving change.
    const first = wallAsUtc - zoneOffset(format, wallAsUtc);
    const second = wallAsUtc - zoneOffset(format, first);
    return localOf(second);
  }
  // Floating (or an unknown zone): the wall clock as written, whatever the zone.
  const instant = new Date(time.year, time.month - 1, time.day, time.hour, time.minute, time.second).getTime();
  return {
    day: dayKeyFromParts(time.year, time.month, time.day),
    minute: time.hour * 60 + time.minute,
    instant,
    ...(time.form === 'zoned' ? { unknownZone: time.zone } : {}),
  };
}

/** Local wall clock of an instant (for DTSTART + DURATION). */
export function localTimeAt(instant: number): LocalTime {
  return localOf(instant);
}

const DURATION = /^\+?P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/;

/** A DURATION value in ms; a negative or unreadable one is a message naming the line. */
export function parseIcsDuration(line: ContentLine): Result<number> {
  const value = line.value.trim();
  const match = DURATION.exec(value);
  if (!match || value.endsWith('P') || value.endsWith('T')) {
    return err(`Line ${line.lineNumber}: DURATION “${value.slice(0, 40)}” is not a length such as PT1H30M.`);
  }
  const [weeks, days, hours, minutes, seconds] = match.slice(1, 6).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return ok(((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000);
}
