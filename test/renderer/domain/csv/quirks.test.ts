import { describe, expect, it } from 'vitest';
import { parseTimeCsv } from '../../../../src/renderer/src/domain/csv/parse-time-csv';
import type { ParseOptions, ParsedCsv } from '../../../../src/renderer/src/domain/csv/types';
import { localIso } from './fixture-files';

// The quirks SOURCES.md lists, each in a small file written the way the tracker writes it.

function parse(text: string, options: ParseOptions = {}): ParsedCsv {
  const parsed = parseTimeCsv(text, options);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const pick = (parsed: ParsedCsv) =>
  parsed.entries.map(({ day, startedAt, minutes, projectName, clientName, billable, rateMinor, amountMinor, currency }) => ({
    day,
    startedAt,
    minutes,
    projectName,
    clientName,
    billable,
    rateMinor,
    amountMinor,
    currency,
  }));

describe('Toggl', () => {
  it('reads a 12-hour profile: clock-style durations, PM start times, an entry across midnight', () => {
    const text = [
      '\uFEFF"User","Email","Client","Project","Task","Description","Billable","Start date","Start time","End date","End time","Duration","Tags","Amount ()"',
      '"Ana","ana@example.test","Acme","Site","","Standup","Yes","2024-03-04","09:05:00 AM","2024-03-04","09:25:00 AM","12:20:00 AM","",""',
      '"Ana","ana@example.test","Acme","Site","","Build","Yes","2024-03-04","01:00:00 PM","2024-03-04","03:00:00 PM","02:00:00 AM","a, b",""',
      '"Ana","ana@example.test","Acme","Site","","Release","No","2024-03-04","11:30:00 PM","2024-03-05","12:45:00 AM","01:15:00 AM","",""',
      '"Ana","ana@example.test","Acme","Site","","Long day","No","2024-03-06","08:00:00 AM","2024-03-06","09:30:00 PM","01:30:00 PM","",""',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.source).toBe('toggl');
    expect(pick(parsed)).toEqual([
      { day: '2024-03-04', startedAt: localIso(2024, 3, 4, 9, 5), minutes: 20, projectName: 'Site', clientName: 'Acme', billable: true, rateMinor: undefined, amountMinor: undefined, currency: undefined },
      { day: '2024-03-04', startedAt: localIso(2024, 3, 4, 13, 0), minutes: 120, projectName: 'Site', clientName: 'Acme', billable: true, rateMinor: undefined, amountMinor: undefined, currency: undefined },
      // crosses midnight: it stays on the day it started
      { day: '2024-03-04', startedAt: localIso(2024, 3, 4, 23, 30), minutes: 75, projectName: 'Site', clientName: 'Acme', billable: false, rateMinor: undefined, amountMinor: undefined, currency: undefined },
      { day: '2024-03-06', startedAt: localIso(2024, 3, 6, 8, 0), minutes: 810, projectName: 'Site', clientName: 'Acme', billable: false, rateMinor: undefined, amountMinor: undefined, currency: undefined },
    ]);
    expect(parsed.entries[1]?.tags).toEqual(['a', 'b']);
  });

  it('reads upper-case headers, semicolons, no quotes and a decimal comma amount', () => {
    const text = ['USER;EMAIL;CLIENT;PROJECT;DESCRIPTION;BILLABLE;START DATE;START TIME;END DATE;END TIME;DURATION;AMOUNT (CHF)', 'Ana;a@x.test;Acme;Site;Call;Yes;2024-03-04;10:00:00;2024-03-04;11:30:00;01:30:00;150,75'].join('\r\n');
    const parsed = parse(text);
    expect(parsed.decimalMark).toBe(',');
    expect(pick(parsed)).toEqual([
      // 150.75 CHF over 90 minutes: 100.50 CHF an hour
      { day: '2024-03-04', startedAt: localIso(2024, 3, 4, 10, 0), minutes: 90, projectName: 'Site', clientName: 'Acme', billable: true, rateMinor: 10050, amountMinor: 15075, currency: 'CHF' },
    ]);
  });

  it('works out the duration from start and end when the Duration column is missing', () => {
    const text = ['User,Project,Start date,Start time,End date,End time', 'Ana,Site,2024-03-04,22:00:00,2024-03-05,01:00:00'].join('\n');
    expect(pick(parse(text))[0]).toMatchObject({ day: '2024-03-04', minutes: 180 });
  });
});

describe('Clockify', () => {
  it('decides day-first from a date past the 12th, reads 24-hour times, skips breaks, and copes without Billable or Client', () => {
    const text = [
      'Project,Description,Task,User,Start Date,Start Time,End Date,End Time,Duration (h),Duration (decimal),Type',
      'Site,Design,,Ana,13/03/2024,14:05,13/03/2024,15:35,01:30:00,1.50,Regular',
      'Site,Lunch,,Ana,13/03/2024,12:00,13/03/2024,12:30,00:30:00,0.50,Break',
      'Site,Design,,Ana,04/03/2024,09:00:00,04/03/2024,09:45:00,00:45:00,0.75,Regular',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.source).toBe('clockify');
    expect(parsed.dateOrder).toBe('dmy');
    expect(parsed.dateOrderAmbiguous).toBe(false);
    expect(parsed.problems).toEqual([{ row: 3, kind: 'skipped', message: 'A break, not work time' }]);
    expect(pick(parsed)).toEqual([
      { day: '2024-03-13', startedAt: localIso(2024, 3, 13, 14, 5), minutes: 90, projectName: 'Site', clientName: '', billable: undefined, rateMinor: undefined, amountMinor: undefined, currency: undefined },
      { day: '2024-03-04', startedAt: localIso(2024, 3, 4, 9, 0), minutes: 45, projectName: 'Site', clientName: '', billable: undefined, rateMinor: undefined, amountMinor: undefined, currency: undefined },
    ]);
  });

  it('decides month-first from a second part past the 12th and reads the decimal column when Duration (h) is absent', () => {
    const text = ['Project,Client,Start Date,Start Time,Duration (decimal),Billable Rate (USD)', 'Site,Acme,03/14/2024,10:23:52 AM,1.25,80.00'].join('\n');
    const parsed = parse(text);
    expect(parsed.dateOrder).toBe('mdy');
    expect(pick(parsed)).toEqual([
      { day: '2024-03-14', startedAt: localIso(2024, 3, 14, 10, 23), minutes: 75, projectName: 'Site', clientName: 'Acme', billable: undefined, rateMinor: 8000, amountMinor: undefined, currency: 'USD' },
    ]);
  });

  it('does not ask when every date reads the same both ways', () => {
    const text = ['Project,Start Date,Start Time,Duration (h)', 'Site,03/03/2024,10:00,01:00:00'].join('\n');
    expect(parse(text).dateOrderAmbiguous).toBe(false);
  });
});

describe('Harvest', () => {
  it('reads a US export with newer columns and a dollar label', () => {
    const text = [
      'Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,Billable?,Invoiced?,First Name,Last Name,Employee Id,Teams,Billable Rate,Billable Amount,Currency',
      '2024-03-04,Acme,Site,S1,Design,"Home page, v2","1,234.5","1,234.5",Yes,No,Ana,Lee,7,Core,120.00,"148,140.00",US Dollar - USD',
      '2024-03-05,Acme,Site,S1,Design,Review,1.5,1.5,No,No,Ana,Lee,7,Core,120.00,0.00,US Dollar - USD',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.decimalMark).toBe('.');
    // 1,234.5 hours is far more than a day: that row is an error; the second imports
    expect(parsed.problems).toEqual([{ row: 2, kind: 'error', message: 'The entry is 1234 hours long; entries can be at most 24 hours' }]);
    expect(pick(parsed)).toEqual([
      { day: '2024-03-05', startedAt: localIso(2024, 3, 5, 9, 0), minutes: 90, projectName: 'Site', clientName: 'Acme', billable: false, rateMinor: 12000, amountMinor: 0, currency: 'USD' },
    ]);
    expect(parsed.entries[0]?.description).toBe('Review');
  });

  it('stacks entries without start times from the start of work given in the settings', () => {
    const text = ['Date,Project,Hours', '2024-03-04,Site,1.5', '2024-03-04,Site,0.5', '2024-03-05,Site,2'].join('\n');
    const parsed = parse(text, { workStartMinute: 8 * 60 });
    expect(parsed.entries.map((entry) => entry.startedAt)).toEqual([
      localIso(2024, 3, 4, 8, 0),
      localIso(2024, 3, 4, 9, 30),
      localIso(2024, 3, 5, 8, 0),
    ]);
  });
});
