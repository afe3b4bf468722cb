import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportBlocksToIcs, floatingDateTime, utcDateTime } from '../../../../src/renderer/src/domain/calendar/ics-export';
import { importIcs } from '../../../../src/renderer/src/domain/calendar/ics-import';
import { escapeText, foldLine, unfoldLines } from '../../../../src/renderer/src/domain/calendar/ics-text';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { NOW, WEEK, block, readWithIcalJs } from './ics-fixtures';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('ics text rules', () => {
  it('escapes backslash, semicolon, comma and line breaks, and ical.js reads them back', () => {
    const written = escapeText('a\\b;c,d\r\ne\nf \\n');
    expect(written).toBe('a\\\\b\\;c\\,d\\ne\\nf \\\\n');
    const read = ICAL.Property.fromString(`SUMMARY:${written}`).getFirstValue();
    // "\\n" is an escaped backslash followed by n, not a line break.
    expect(read).toBe('a\\b;c,d\ne\nf \\n');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'😀'.repeat(10)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    // 'SUMMARY:' is 8 octets, then 33 two-octet é fill 74; the 34th would make 76.
    expect(folded[0]).toBe(`SUMMARY:${'é'.repeat(33)}`);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(unfoldLines(foldLine(line)).map((unfolded) => unfolded.text)).toEqual([line]);
  });

  it('leaves a line of exactly 75 octets alone', () => {
    const line = `X:${'a'.repeat(73)}`;
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}b`)).toBe(`${line}\r\n b`);
  });
});

describe('ics date-times', () => {
  it('writes floating wall-clock times, with 24:00 as the next midnight', () => {
    expect(floatingDateTime(toDayKey('2026-12-01'), 9 * 60 + 5)).toBe('20261201T090500');
    expect(floatingDateTime(toDayKey('2026-12-31'), 1440)).toBe('20270101T000000');
  });

  it('writes DTSTAMP in UTC', () => {
    expect(utcDateTime(NOW)).toBe('20261201T092005Z');
  });
});

describe('exportBlocksToIcs', () => {
  const text = exportBlocksToIcs(WEEK, { now: NOW, calendarName: 'Tandem plan: week of Nov 30' });

  it('uses CRLF line endings only and no line longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
  });

  it('is read by ical.js as the same blocks: uid, floating times, summary and kind', () => {
    expect(readWithIcalJs(text)).toEqual([
      {
        uid: WEEK[0]?.id,
        summary: 'Sitemap, wireframes; review \\ notes',
        start: '2026-11-30 09:00',
        end: '2026-11-30 11:30',
        floating: true,
        kind: 'deep_work',
      },
      {
        uid: WEEK[1]?.id,
        summary: 'Kick-off with Müller & Söhne — Café “Zürich” 👩‍💻',
        start: '2026-12-01 14:00',
        end: '2026-12-01 14:45',
        floating: true,
        kind: 'meeting',
      },
      {
        uid: WEEK[2]?.id,
        summary: WEEK[2]?.title,
        start: '2026-12-02 22:00',
        end: '2026-12-03 00:00',
        floating: true,
        kind: 'break',
      },
      {
        uid: WEEK[3]?.id,
        summary: 'Budget: Q1 (draft) — 50% done',
        start: '2026-12-04 00:00',
        end: '2026-12-04 00:15',
        floating: true,
        kind: 'pm_admin',
      },
    ]);
  });

  it('writes the calendar properties and a UTC DTSTAMP on every event', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Tandem//Planner 1.0//EN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Tandem plan: week of Nov 30');
    const stamps = calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('dtstamp')?.toString());
    expect(stamps).toEqual(Array(4).fill('2026-12-01T09:20:05Z'));
    const categories = calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('categories'));
    expect(categories).toEqual(['Deep work', 'Meeting', 'Break', 'PM / admin']);
  });

  it('names an untitled block by its kind, or by what the caller describes', () => {
    const untitled = block('0b6f5c1e-2f4a-4c3b-9d7e-555555555555', '2026-12-03', 600, 660, 'client');
    expect(readWithIcalJs(exportBlocksToIcs([untitled], { now: NOW }))[0]?.summary).toBe('Client time');
    const described = exportBlocksToIcs([untitled], {
      now: NOW,
      describe: () => ({ summary: 'Client time · ACME', description: 'Tasks:\na, b; c' }),
    });
    const event = new ICAL.Component(ICAL.parse(described)).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('summary')).toBe('Client time · ACME');
    expect(event?.getFirstPropertyValue('description')).toBe('Tasks:\na, b; c');
  });

  it('writes an empty calendar for an empty week', () => {
    const empty = exportBlocksToIcs([], { now: NOW });
    expect(new ICAL.Component(ICAL.parse(empty)).getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('exportBlocksToIcs around a clock change in Europe/Berlin', () => {
  // Blocks are wall clock, and floating DATE-TIMEs are wall clock in every reader: 01:30–03:30 on
  // the spring-forward day (one real hour) and 02:15–02:45 in the repeated hour of the fall-back
  // day are written as those wall times, and read back as the same blocks.
  it.each([
    ['spring-forward day, 01:30–03:30', '2026-03-29', 90, 210, '20260329T013000', '20260329T033000'],
    ['fall-back day, inside the repeated hour', '2026-10-25', 135, 165, '20261025T021500', '20261025T024500'],
  ])('%s', (_name, day, startMinute, endMinute, dtstart, dtend) => {
    process.env.TZ = 'Europe/Berlin'; // the test clock's afterEach puts the run's zone back
    const night = block('0b6f5c1e-2f4a-4c3b-9d7e-666666666666', day, startMinute, endMinute, 'deep_work', 'Night deploy');
    const text = exportBlocksToIcs([night], { now: NOW });
    expect(text).toContain(`\r\nDTSTART:${dtstart}\r\nDTEND:${dtend}\r\n`);
    expect(readWithIcalJs(text)[0]?.floating).toBe(true);
    const back = importIcs(text, { from: toDayKey(day), to: toDayKey(day) });
    expect(back.ok && back.value.blocks).toEqual([night]);
  });
});
