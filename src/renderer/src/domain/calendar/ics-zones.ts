import { WINDOWS_ZONES } from './windows-zones';

// TZIDs the file does not define with a VTIMEZONE: an IANA name this machine knows (through Intl),
// or a Windows name mapped to one. Their wall-clock times are converted with Intl's zone rules.

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
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
      // Not a zone this machine knows.
      formatters.set(zone, null);
    }
  }
  return formatters.get(zone) ?? null;
}

/** The IANA zone a TZID names (some writers prefix '/'), or null when neither Intl nor the Windows map knows it. */
export function ianaZoneOf(tzid: string): string | null {
  const name = tzid.replace(/^\//, '').trim();
  const zone = WINDOWS_ZONES[name] ?? name;
  return formatterFor(zone) ? zone : null;
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

/** The instant (ms) of a wall-clock time in an IANA zone known to ianaZoneOf. */
export function instantInZone(zone: string, wall: WallClock): number {
  const format = formatterFor(zone);
  if (!format) throw new RangeError(`${zone} is not a time zone this machine knows`);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Two passes settle the offset around a daylight-saving change.
  const first = wallAsUtc - zoneOffset(format, wallAsUtc);
  return wallAsUtc - zoneOffset(format, first);
}
