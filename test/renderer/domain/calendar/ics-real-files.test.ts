import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandIcsEvents, type IcsExpansion, type IcsRange } from '../../../../src/renderer/src/domain/calendar/ics-expand';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';

// Real exports from Google Calendar and Microsoft Exchange (test/fixtures/ics/README.md says where
// from). Each test sets the machine's zone itself (the test clock's afterEach puts the run's back);
// the expected days and minutes are worked out by hand in the comments.

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../fixtures/ics', name), 'utf8');
const range = (from: string, to: string): IcsRange => ({ from: toDayKey(from), to: toDayKey(to) });

function expand(text: string, days: IcsRange): IcsExpansion {
  const result = expandIcsEvents(text, days);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const rows = (expansion: IcsExpansion) =>
  expansion.events.map(
    (e) => `${e.day} ${e.startMinute}-${e.endMinute} ${e.kind} ${e.title}${e.recurring ? ' (recurring)' : ''}`,
  );

describe('Google Calendar: a weekly meeting with a moved instance', () => {
  const text = fixture('google-weekly-moved-instance.ics');

  // Tuesdays 14:00–15:00 Sydney (AEST, UTC+10 in August) from 8 Aug 2023 until 28 Aug 13:59:59 UTC;
  // the instance of Tue 15 Aug moved to Mon 14 Aug, same time. In Berlin (CEST, UTC+2) 14:00 Sydney
  // is 06:00 the same day.
  it.each([
    ['2023-08-07', '2023-08-13', ['2023-08-08 360-420 meeting Datetime (recurring)']],
    ['2023-08-14', '2023-08-20', ['2023-08-14 360-420 meeting Datetime (recurring)']],
    ['2023-08-21', '2023-08-27', ['2023-08-22 360-420 meeting Datetime (recurring)']],
    ['2023-08-28', '2023-09-03', []],
  ])('in Berlin, the week of %s', (from, to, expected) => {
    process.env.TZ = 'Europe/Berlin';
    const week = expand(text, range(from, to));
    expect(rows(week)).toEqual(expected);
    // The all-day series (Thursdays, one moved to the Wednesday) is skipped, once a week until 30 Aug.
    expect(week.skipped.allDay).toBe(expected.length);
    expect(week.unknownZones).toEqual([]);
  });

  it('in New York the moved meeting starts at midnight: 14:00 AEST is 00:00 EDT', () => {
    process.env.TZ = 'America/New_York';
    expect(rows(expand(text, range('2023-08-14', '2023-08-20')))).toEqual(['2023-08-14 0-60 meeting Datetime (recurring)']);
  });

  it('gives the same ids on a second read, so importing twice adds nothing', () => {
    process.env.TZ = 'Europe/Berlin';
    const ids = () => expand(text, range('2023-08-07', '2023-08-27')).events.map((e) => e.id);
    expect(ids()).toHaveLength(3);
    expect(new Set(ids()).size).toBe(3);
    expect(ids()).toEqual(ids());
  });
});

describe('Microsoft Exchange: Windows zone names', () => {
  const exported = fixture('exchange-windows-zones.ics');
  // Exchange wrote one DTSTART with its value inside the quoted TZID; the same line as it should be.
  const BROKEN = 'DTSTART;TZID="W. Europe Standard Time:20200609T090000"';
  const repaired = exported.replace(BROKEN, 'DTSTART;TZID=W. Europe Standard Time:20200609T090000');
  const withoutZones = repaired.replace(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE\n/g, '');
  const week = range('2020-08-24', '2020-08-30');

  it('refuses the file as exported, naming the broken line', () => {
    expect(expandIcsEvents(exported, week)).toEqual({
      ok: false,
      error: `Line 152 cannot be read: “${BROKEN}” is not of the form NAME:value.`,
    });
  });

  // "Log Yesterday's Jira time": Mon–Sat 09:00–09:30 W. Europe (CEST in August) = 09:00 Berlin.
  // "Not the actual summary either": Tue, Thu, Fri, Sun 12:00–12:30 Pacific (PDT, UTC−7) = 19:00 UTC
  // = 21:00 Berlin; Tue 25 Aug is an EXDATE. The two single events fall in other weeks.
  const berlinWeek = [
    "2020-08-24 540-570 meeting Log Yesterday's Jira time (recurring)",
    "2020-08-25 540-570 meeting Log Yesterday's Jira time (recurring)",
    "2020-08-26 540-570 meeting Log Yesterday's Jira time (recurring)",
    "2020-08-27 540-570 meeting Log Yesterday's Jira time (recurring)",
    '2020-08-27 1260-1290 meeting Not the actual summary either (recurring)',
    "2020-08-28 540-570 meeting Log Yesterday's Jira time (recurring)",
    '2020-08-28 1260-1290 meeting Not the actual summary either (recurring)',
    "2020-08-29 540-570 meeting Log Yesterday's Jira time (recurring)",
    '2020-08-30 1260-1290 meeting Not the actual summary either (recurring)',
  ];

  it('reads the zones the file defines (VTIMEZONE named by Windows names)', () => {
    process.env.TZ = 'Europe/Berlin';
    const result = expand(repaired, week);
    expect(rows(result)).toEqual(berlinWeek);
    expect(result.skipped.outsideRange).toBe(2);
    expect(result.unknownZones).toEqual([]);
  });

  it('maps the Windows names to IANA zones when the VTIMEZONEs are missing', () => {
    process.env.TZ = 'Europe/Berlin';
    expect(rows(expand(withoutZones, week))).toEqual(berlinWeek);
  });

  // The single events: Thu 10 Sep 09:00–09:30 W. Europe; Tue 15 Sep 08:30–09:30 Pacific = 15:30 UTC
  // = 17:30 Berlin = 11:30 New York.
  it.each([
    ['Europe/Berlin', ['2020-09-10 540-570 meeting test', '2020-09-15 1050-1110 meeting Not the actual summary 1']],
    ['America/New_York', ['2020-09-10 180-210 meeting test', '2020-09-15 690-750 meeting Not the actual summary 1']],
  ])('places the single events on the clock of %s', (zone, expected) => {
    process.env.TZ = zone;
    const singles = (text: string) =>
      rows(expand(text, range('2020-09-07', '2020-09-20'))).filter((row) => !row.endsWith('(recurring)'));
    expect(singles(repaired)).toEqual(expected);
    expect(singles(withoutZones)).toEqual(expected);
  });
});
