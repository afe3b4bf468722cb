import { BLOCK_KIND_LABELS, type TimeBlock } from '../model/time-block';
import { addDays, parseDayKey, type DayKey } from '../time/day-key';
import { escapeText, foldLine } from './ics-text';

// A week's blocks as an iCalendar file (RFC 5545). Times are written FLOATING (no TZID, no 'Z'):
// a block is wall-clock ("09:00 on Tuesday") and floating time means exactly that in any reader.
// A TZID would oblige us to ship a VTIMEZONE with the zone's rules, which the browser cannot give.
// UID is the block id, so importing the file again finds the same blocks; X-TANDEM-KIND keeps the
// kind for Tandem (other apps see the kind as CATEGORIES).

export const ICS_PRODUCT_ID = '-//Tandem//Planner 1.0//EN';
export const ICS_KIND_PROPERTY = 'X-TANDEM-KIND';

export interface IcsEventText {
  summary: string;
  description?: string;
}

export interface IcsExportOptions {
  /** when the file is made: every DTSTAMP */
  now: Date;
  /** the calendar's name shown by apps that read X-WR-CALNAME */
  calendarName?: string;
  /** what to call a block; defaults to its title, else its kind */
  describe?: (block: TimeBlock) => IcsEventText;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** 'YYYYMMDDTHHMMSS' for a wall-clock minute of a day; 1440 is the next day's 000000. */
export function floatingDateTime(day: DayKey, minute: number): string {
  const onDay = minute >= 1440 ? addDays(day, 1) : day;
  const { year, month, day: date } = parseDayKey(onDay);
  const inDay = minute % 1440;
  return `${pad(year, 4)}${pad(month)}${pad(date)}T${pad(Math.floor(inDay / 60))}${pad(inDay % 60)}00`;
}

/** 'YYYYMMDDTHHMMSSZ' (DTSTAMP must be UTC). */
export function utcDateTime(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

function defaultText(block: TimeBlock): IcsEventText {
  return { summary: block.title || BLOCK_KIND_LABELS[block.kind] };
}

function eventLines(block: TimeBlock, stamp: string, describe: (block: TimeBlock) => IcsEventText): string[] {
  const text = describe(block);
  return [
    'BEGIN:VEVENT',
    `UID:${block.id}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${floatingDateTime(block.day, block.startMinute)}`,
    `DTEND:${floatingDateTime(block.day, block.endMinute)}`,
    `SUMMARY:${escapeText(text.summary)}`,
    ...(text.description ? [`DESCRIPTION:${escapeText(text.description)}`] : []),
    `CATEGORIES:${escapeText(BLOCK_KIND_LABELS[block.kind])}`,
    `${ICS_KIND_PROPERTY}:${block.kind}`,
    // Breaks leave the person free; every other block is busy time.
    `TRANSP:${block.kind === 'break' ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
  ];
}

/** The blocks as one VCALENDAR: CRLF line endings, lines folded at 75 octets, ending with CRLF. */
export function exportBlocksToIcs(blocks: readonly TimeBlock[], options: IcsExportOptions): string {
  const stamp = utcDateTime(options.now);
  const describe = options.describe ?? defaultText;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.calendarName ? [`X-WR-CALNAME:${escapeText(options.calendarName)}`] : []),
    ...blocks.flatMap((block) => eventLines(block, stamp, describe)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
