import { describe, expect, it } from 'vitest';
import { exportBlocksToIcs } from '../../../../src/renderer/src/domain/calendar/ics-export';
import { importIcs, type IcsImport } from '../../../../src/renderer/src/domain/calendar/ics-import';
import { describeIcsImport } from '../../../../src/renderer/src/domain/calendar/ics-summary';
import type { TimeBlock } from '../../../../src/renderer/src/domain/model/time-block';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { NOW, WEEK } from './ics-fixtures';

// The week of Mon 30 Nov 2026 (the days the Planner would show), and a wider range for the March test.
const RANGE = { from: toDayKey('2026-11-30'), to: toDayKey('2026-12-06') };
const FROM = RANGE.from;

const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20261101T000000Z', ...lines, 'END:VEVENT'];

function read(text: string, range = RANGE): IcsImport {
  const result = importIcs(text, range);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const times = (blocks: TimeBlock[]) => blocks.map((b) => `${b.day} ${b.startMinute}-${b.endMinute} ${b.kind} ${b.title}`);
const errorOf = (text: string) => {
  const result = importIcs(text, RANGE);
  return result.ok ? 'no error' : result.error;
};

describe('importIcs round trip', () => {
  it('reads an exported week back as the same blocks, ids and kinds included', () => {
    expect(read(exportBlocksToIcs(WEEK, { now: NOW })).blocks).toEqual(WEEK);
  });

  it('reads the export the same way in every zone: floating times are wall clock', () => {
    const result = read(exportBlocksToIcs(WEEK, { now: NOW }));
    expect(result.clipped).toBe(0);
    expect(times(result.blocks)[2]).toBe(
      '2026-12-02 1320-1440 break Late: a very long title that goes on and on so that the SUMMARY line is folded more than once ✓✓✓',
    );
  });
});

describe('importIcs from other calendars', () => {
  it.each([
    [
      'Europe/Berlin',
      ['2026-03-08 1080-1125 meeting LA review', '2026-12-01 540-600 meeting Standup', '2026-12-01 600-660 meeting Tokyo sync'],
    ],
    [
      'America/New_York',
      ['2026-03-08 780-825 meeting LA review', '2026-12-01 180-240 meeting Standup', '2026-12-01 240-300 meeting Tokyo sync'],
    ],
  ])('converts UTC and TZID times to this machine’s wall clock in %s', (zone, expected) => {
    process.env.TZ = zone; // the test clock's afterEach puts the run's zone back
    const result = read(
      calendar(
        ...event('UID:utc@example.com', 'DTSTART:20261201T080000Z', 'DTEND:20261201T090000Z', 'SUMMARY:Standup'),
        ...event(
          'UID:tokyo@example.com',
          'DTSTART;TZID=Asia/Tokyo:20261201T180000',
          'DTEND;TZID=Asia/Tokyo:20261201T190000',
          'SUMMARY:Tokyo sync',
        ),
        // 8 March 2026: Los Angeles has just moved to PDT (UTC−7), Berlin is still on CET, New York on EDT.
        ...event(
          'UID:la@example.com',
          'DTSTART;TZID="America/Los_Angeles":20260308T100000',
          'DURATION:PT45M',
          'SUMMARY:LA review',
        ),
      ),
      { from: toDayKey('2026-03-01'), to: toDayKey('2026-12-31') },
    );
    expect(times(result.blocks)).toEqual(expected);
    expect(result.unknownZones).toEqual([]);
  });

  it('expands repeating events for the range; skips all-day, cancelled, zero-length and other weeks’ events, and counts them', () => {
    const result = read(
      calendar(
        ...event('UID:a', 'DTSTART;VALUE=DATE:20261201', 'DTEND;VALUE=DATE:20261202', 'SUMMARY:Holiday'),
        ...event('UID:b', 'DTSTART:20261201T090000', 'DTEND:20261201T091500', 'RRULE:FREQ=DAILY;COUNT=3', 'SUMMARY:Daily'),
        ...event('UID:f', 'DTSTART:20261208T090000', 'DTEND:20261208T100000', 'SUMMARY:Next week'),
        ...event('UID:c', 'DTSTART:20261201T100000', 'DTEND:20261201T110000', 'STATUS:CANCELLED', 'SUMMARY:Off'),
        ...event('UID:d', 'DTSTART:20261201T120000', 'SUMMARY:Reminder only'),
        ...event('UID:e', 'DTSTART:20261201T130000', 'DTEND:20261201T140000', 'SUMMARY:Kept'),
        ...event('UID:e', 'DTSTART:20261201T130000', 'DTEND:20261201T140000', 'SUMMARY:Kept again'),
      ),
    );
    expect(times(result.blocks)).toEqual([
      '2026-12-01 540-555 meeting Daily',
      '2026-12-01 780-840 meeting Kept',
      '2026-12-02 540-555 meeting Daily',
      '2026-12-03 540-555 meeting Daily',
    ]);
    expect(result.skipped).toEqual({ allDay: 1, cancelled: 1, zeroLength: 1, duplicate: 1, outsideRange: 1, overLimit: 0 });
    expect(result.recurring).toBe(3);
    expect(describeIcsImport(result, 4, 0, FROM)).toBe(
      '4 meetings added for the week of Nov 30, 2026 · recurring meetings: import the file again for other weeks · 1 event in other weeks left out · 1 all-day event skipped · 1 cancelled event skipped · 1 event without a length skipped · 1 duplicate skipped.',
    );
  });

  it('clips an event that runs past midnight at the end of its start day; ending at midnight is not clipped', () => {
    const result = read(
      calendar(
        ...event('UID:late', 'DTSTART:20261203T230000', 'DTEND:20261204T013000', 'SUMMARY:Launch'),
        ...event('UID:midnight', 'DTSTART:20261204T220000', 'DTEND:20261205T000000', 'SUMMARY:Until midnight'),
      ),
    );
    expect(times(result.blocks)).toEqual(['2026-12-03 1380-1440 meeting Launch', '2026-12-04 1320-1440 meeting Until midnight']);
    expect(result.clipped).toBe(1);
    expect(describeIcsImport(result, 1, 1, FROM)).toBe(
      '1 meeting added for the week of Nov 30, 2026 · 1 already planned · 1 event cut at midnight.',
    );
  });

  it('unfolds, unescapes, ignores alarms and quoted parameters, and accepts bare LF', () => {
    const text = calendar(
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:STANDARD',
      'DTSTART:19701025T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
      ...event(
        'UID:folded@example.com',
        'ORGANIZER;CN="Doe, Jane: PM":mailto:jane@example.com',
        'DTSTART:20261202T100000',
        'DURATION:PT1H30M',
        'SUMMARY:Review\\, sign-off\\; and \\\\ notes for Müller — a long summary that',
        '  is folded onto the next line',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'DESCRIPTION:Not the title',
        'TRIGGER:-PT10M',
        'END:VALARM',
      ),
    ).replace(/\r\n/g, '\n');
    expect(times(read(text).blocks)).toEqual([
      '2026-12-02 600-690 meeting Review, sign-off; and \\ notes for Müller — a long summary that is folded onto the next line',
    ]);
  });

  it('gives other calendars’ UIDs a stable id of their own, so a second import finds the same blocks', () => {
    const text = calendar(...event('UID:040000008200E00074C5B7101A82E008', 'DTSTART:20261201T150000', 'DTEND:20261201T160000'));
    const first = read(text).blocks[0];
    expect(first?.id).toMatch(/^ics-[0-9a-z]+-[0-9a-z]+$/);
    expect(read(text).blocks[0]?.id).toBe(first?.id);
    expect(first?.title).toBe('Meeting');
  });

  it('reads a zone this machine does not know as local time, and says so', () => {
    const result = read(
      calendar(
        ...event('UID:x', 'DTSTART;TZID=Customized Time Zone:20261201T130000', 'DTEND;TZID=Customized Time Zone:20261201T140000'),
      ),
    );
    expect(times(result.blocks)).toEqual(['2026-12-01 780-840 meeting Meeting']);
    expect(describeIcsImport(result, 1, 0, FROM)).toBe(
      '1 meeting added for the week of Nov 30, 2026 · times in Customized Time Zone read as local time.',
    );
  });
});

describe('importIcs refuses malformed files with a clear message', () => {
  it.each([
    ['an empty file', '', 'The file is empty: there is no calendar in it.'],
    [
      'a CSV file',
      'date,project,minutes\n2026-12-01,ACME,60\n',
      'This is not an iCalendar (.ics) file: it must start with BEGIN:VCALENDAR, but line 1 reads “date,project,minutes”.',
    ],
    [
      'an unclosed event',
      ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART:20261201T090000', 'END:VCALENDAR'].join('\r\n'),
      'Line 4: END:VCALENDAR does not close BEGIN:VEVENT from line 2.',
    ],
    [
      'a missing END',
      ['BEGIN:VCALENDAR', 'VERSION:2.0'].join('\r\n'),
      'The file ends inside BEGIN:VCALENDAR from line 1: END:VCALENDAR is missing.',
    ],
    ['an END without BEGIN', calendar() + 'END:VEVENT\r\n', 'Line 5: END:VEVENT has no matching BEGIN.'],
    [
      'a line that is not NAME:value',
      calendar('this is not a property'),
      'Line 4 cannot be read: “this is not a property” is not of the form NAME:value.',
    ],
    [
      'an impossible date',
      calendar(...event('UID:a', 'DTSTART:20261341T090000', 'DTEND:20261341T100000')),
      'Line 7: DTSTART “20261341T090000” is not a date such as 20261201 or 20261201T090000.',
    ],
    [
      'a date written with dashes',
      calendar(...event('UID:a', 'DTSTART:2026-12-01T09:00:00', 'DTEND:20261201T100000')),
      'Line 7: DTSTART “2026-12-01T09:00:00” is not a date such as 20261201 or 20261201T090000.',
    ],
    ['an event without DTSTART', calendar(...event('UID:a', 'SUMMARY:Lost')), 'Line 4: the event “Lost” has no DTSTART.'],
    [
      'an end before the start',
      calendar(...event('SUMMARY:Backwards', 'DTSTART:20261201T100000', 'DTEND:20261201T090000')),
      'Line 7: the event “Backwards” ends before it starts.',
    ],
    [
      'a bad duration',
      calendar(...event('DTSTART:20261201T100000', 'DURATION:1 hour')),
      'Line 7: DURATION “1 hour” is not a length such as PT1H30M.',
    ],
    [
      'a date end for a timed start',
      calendar(...event('DTSTART:20261201T100000', 'DTEND;VALUE=DATE:20261202')),
      'Line 7: an event starts at a time but ends on a date.',
    ],
  ])('%s', (_name, text, message) => {
    expect(errorOf(text)).toBe(message);
  });
});
