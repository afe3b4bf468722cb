import { describe, expect, it } from 'vitest';
import { expandIcsEvents, type IcsExpansion, type IcsRange } from '../../../../src/renderer/src/domain/calendar/ics-expand';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';

// Recurring events expanded for a range of local days. Each test sets the machine's zone itself
// (the test clock's afterEach puts the run's zone back), so the expected minutes are hand-computed.

const range = (from: string, to: string): IcsRange => ({ from: toDayKey(from), to: toDayKey(to) });
const WEEK = range('2026-11-30', '2026-12-06');

const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20261101T000000Z', ...lines, 'END:VEVENT'];

const BERLIN = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function expand(text: string, days: IcsRange = WEEK): IcsExpansion {
  const result = expandIcsEvents(text, days);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const rows = (expansion: IcsExpansion) =>
  expansion.events.map((e) => `${e.day} ${e.startMinute}-${e.endMinute} ${e.title}${e.recurring ? ' (recurring)' : ''}`);

// Standup Mondays and Wednesdays 09:30–10:00 Berlin since October, with every kind of exception.
const standup = (...extra: string[]) =>
  calendar(
    ...BERLIN,
    ...event(
      'UID:standup@example.com',
      'SUMMARY:Standup',
      'DTSTART;TZID=Europe/Berlin:20261005T093000',
      'DTEND;TZID=Europe/Berlin:20261005T100000',
      'RRULE:FREQ=WEEKLY;BYDAY=MO,WE',
      'EXDATE;TZID=Europe/Berlin:20261202T093000',
      'RDATE;TZID=Europe/Berlin:20261204T140000',
    ),
    ...extra,
  );
const moved = event(
  'UID:standup@example.com',
  'SUMMARY:Standup (moved)',
  'RECURRENCE-ID;TZID=Europe/Berlin:20261130T093000',
  'DTSTART;TZID=Europe/Berlin:20261201T110000',
  'DTEND;TZID=Europe/Berlin:20261201T113000',
);
const cancelled = event(
  'UID:standup@example.com',
  'SUMMARY:Standup',
  'STATUS:CANCELLED',
  'RECURRENCE-ID;TZID=Europe/Berlin:20261207T093000',
  'DTSTART;TZID=Europe/Berlin:20261207T093000',
  'DTEND;TZID=Europe/Berlin:20261207T100000',
);
// The instance of Wed 16 Dec, pulled forward into the week of 30 Nov.
const pulledForward = event(
  'UID:standup@example.com',
  'SUMMARY:Standup (pulled forward)',
  'RECURRENCE-ID:20261216T083000Z',
  'DTSTART;TZID=Europe/Berlin:20261203T160000',
  'DTEND;TZID=Europe/Berlin:20261203T163000',
);

describe('expandIcsEvents: a weekly meeting with exceptions', () => {
  it('applies a moved instance, EXDATE, RDATE and an instance pulled in from a later week', () => {
    process.env.TZ = 'Europe/Berlin';
    const week = expand(standup(...moved, ...cancelled, ...pulledForward));
    expect(rows(week)).toEqual([
      '2026-12-01 660-690 Standup (moved) (recurring)',
      '2026-12-03 960-990 Standup (pulled forward) (recurring)',
      '2026-12-04 840-870 Standup (recurring)',
    ]);
    expect(week.skipped).toEqual({ allDay: 0, cancelled: 0, zeroLength: 0, duplicate: 0, outsideRange: 0, overLimit: 0 });
  });

  it('skips the cancelled instance and leaves out the one moved to another week', () => {
    process.env.TZ = 'Europe/Berlin';
    expect(rows(expand(standup(...moved, ...cancelled, ...pulledForward), range('2026-12-07', '2026-12-13')))).toEqual([
      '2026-12-09 570-600 Standup (recurring)',
    ]);
    expect(expand(standup(...cancelled), range('2026-12-07', '2026-12-13')).skipped.cancelled).toBe(1);
    expect(rows(expand(standup(...pulledForward), range('2026-12-14', '2026-12-20')))).toEqual([
      '2026-12-14 570-600 Standup (recurring)',
    ]);
  });

  it('lands on this machine’s clock: the moved instance at 11:00 Berlin is 05:00 in New York', () => {
    process.env.TZ = 'America/New_York';
    expect(rows(expand(standup(...moved)))).toEqual([
      '2026-12-01 300-330 Standup (moved) (recurring)',
      '2026-12-04 480-510 Standup (recurring)',
    ]);
  });

  it('gives each instance a stable id of UID + instance: a moved instance keeps the id of the slot it replaces', () => {
    process.env.TZ = 'Europe/Berlin';
    const plain = expand(standup());
    const withMove = expand(standup(...moved));
    expect(plain.events[0]?.day).toBe('2026-11-30');
    expect(withMove.events[0]?.id).toBe(plain.events[0]?.id);
    expect(expand(standup(...moved)).events.map((e) => e.id)).toEqual(withMove.events.map((e) => e.id));
    expect(new Set(plain.events.map((e) => e.id)).size).toBe(plain.events.length);
    expect(plain.events[0]?.id).toMatch(/^ics-[0-9a-z]+-[0-9a-z]+$/);
  });
});

describe('expandIcsEvents: zones', () => {
  it('maps Windows zone names to IANA zones when the file has no VTIMEZONE for them', () => {
    const text = calendar(
      ...event(
        'UID:outlook@example.com',
        'SUMMARY:Review',
        'DTSTART;TZID=W. Europe Standard Time:20261201T130000',
        'DTEND;TZID=W. Europe Standard Time:20261201T140000',
      ),
    );
    process.env.TZ = 'America/New_York';
    const result = expand(text);
    expect(rows(result)).toEqual(['2026-12-01 420-480 Review']);
    expect(result.unknownZones).toEqual([]);
  });

  it('repeats in the event’s own zone: 09:00 New York stays 09:00 there when Berlin changed its clocks a week earlier', () => {
    process.env.TZ = 'Europe/Berlin';
    const text = calendar(
      ...event(
        'UID:ny@example.com',
        'SUMMARY:NY weekly',
        'DTSTART;TZID=Eastern Standard Time:20261026T090000',
        'DTEND;TZID=Eastern Standard Time:20261026T100000',
        'RRULE:FREQ=WEEKLY',
      ),
    );
    // 26 Oct: 09:00 EDT = 13:00 UTC = 14:00 CET; 2 Nov: 09:00 EST = 14:00 UTC = 15:00 CET.
    expect(rows(expand(text, range('2026-10-26', '2026-11-08')))).toEqual([
      '2026-10-26 840-900 NY weekly (recurring)',
      '2026-11-02 900-960 NY weekly (recurring)',
    ]);
  });
});

describe('expandIcsEvents: hostile rules', () => {
  it.each([
    ['a daily rule on a day February never has', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'],
    ['a minutely rule', 'RRULE:FREQ=MINUTELY'],
  ])('leaves out %s without walking it', (_name, rule) => {
    const result = expand(calendar(...event('UID:x', 'DTSTART:20260101T090000', 'DTEND:20260101T091500', rule)));
    expect(result.events).toEqual([]);
    expect(result.skipped.overLimit).toBe(1);
  });

  it('stops an endless daily rule from 1800 at the step cap, long before the range', () => {
    const result = expand(calendar(...event('UID:x', 'DTSTART:18000101T090000', 'DTEND:18000101T091500', 'RRULE:FREQ=DAILY')));
    expect(result.events).toEqual([]);
    expect(result.skipped.overLimit).toBe(1);
  });

  it('expands an endless rule only as far as the range', () => {
    process.env.TZ = 'Europe/Berlin';
    const result = expand(calendar(...event('UID:x', 'DTSTART:20261120T090000', 'DTEND:20261120T091500', 'RRULE:FREQ=DAILY')));
    expect(result.events).toHaveLength(7);
    expect(result.events.at(-1)?.day).toBe('2026-12-06');
  });

  it('refuses a repeat rule it cannot read, naming the line', () => {
    const result = expandIcsEvents(
      calendar(
        ...event('UID:x', 'SUMMARY:Odd', 'DTSTART:20261201T090000', 'DTEND:20261201T091500', 'RRULE:FREQ=DAILY;BYHOUR=25'),
      ),
      WEEK,
    );
    expect(result).toEqual({
      ok: false,
      error: 'Line 10: “RRULE:FREQ=DAILY;BYHOUR=25” cannot be read (BYHOUR: invalid value "25" must be < 0).',
    });
  });
});
