import { describe, expect, it } from 'vitest';
import { parseTimeCsv } from '../../../../src/renderer/src/domain/csv/parse-time-csv';
import { decodeCsvBytes } from '../../../../src/renderer/src/domain/csv/read-csv';
import { summarizeEntries } from '../../../../src/renderer/src/domain/csv/summary';
import type { ParseOptions, ParsedCsv } from '../../../../src/renderer/src/domain/csv/types';
import { fixtureBytes, localIso } from './fixture-files';

// Every real export in fixtures/, with the entries worked out by hand from the file.

function parseFixture(name: string, options: ParseOptions = {}): ParsedCsv {
  const text = decodeCsvBytes(fixtureBytes(name));
  if (!text.ok) throw new Error(text.error);
  const parsed = parseTimeCsv(text.value, options);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const withoutIds = (parsed: ParsedCsv) => parsed.entries.map(({ externalId: _externalId, ...entry }) => entry);

describe('Toggl Track detailed export with an Amount (EUR) column', () => {
  const parsed = parseFixture('toggl-detailed-2024-amount.csv');

  it('is recognised and reads its one timed row; the zero-length row is skipped with its reason', () => {
    expect(parsed.source).toBe('toggl');
    expect(parsed.rowCount).toBe(2);
    expect(parsed.problems).toEqual([{ row: 2, kind: 'skipped', message: 'The duration is zero: nothing to import' }]);
    expect(withoutIds(parsed)).toEqual([
      {
        row: 3,
        day: '2024-03-04',
        // 10:23:00 local; Toggl's seconds are dropped like the app's own entries
        startedAt: localIso(2024, 3, 4, 10, 23),
        // 01:00:01 is 60 minutes (half a minute rounds up, one second does not)
        minutes: 60,
        clientName: 'Big Company',
        projectName: 'Project for Big Company',
        task: 'Task 1',
        description: 'Working hard',
        tags: [],
        billable: true,
        // 111.11 EUR for one hour: the rate is 111.11/h, the amount is kept as the file states it
        rateMinor: 11111,
        amountMinor: 11111,
        currency: 'EUR',
      },
    ]);
    expect(parsed.dateOrderAmbiguous).toBe(false);
  });
});

describe('Harvest detailed export in a European locale', () => {
  const parsed = parseFixture('harvest-detailed-eu-locale.csv');

  it('reads decimal commas, dot thousands and the currency label; entries follow each other from 09:00', () => {
    expect(parsed.source).toBe('harvest');
    expect(parsed.decimalMark).toBe(',');
    expect(parsed.problems).toEqual([]);
    expect(withoutIds(parsed)).toEqual([
      {
        row: 2,
        day: '2024-03-04',
        startedAt: localIso(2024, 3, 4, 9, 0),
        minutes: 1200, // "20,0" hours
        clientName: '',
        projectName: 'Project without Client',
        task: '',
        description: '',
        tags: [],
        billable: false,
        rateMinor: 10000, // "100,0"
        amountMinor: 200000, // "2.000,0"
        currency: 'EUR', // "Euro - EUR"
      },
      {
        row: 3,
        day: '2024-03-04',
        // no start times in Harvest: after the previous 20 hours of that day (05:00 next morning)
        startedAt: localIso(2024, 3, 5, 5, 0),
        minutes: 1, // "0,01" hours = 36 seconds, rounds up to one minute
        clientName: 'Big Company',
        projectName: 'Project for Big Company',
        task: 'Task 1',
        description: 'Working hard',
        tags: [],
        billable: true,
        rateMinor: 10000,
        amountMinor: 100, // "1,0"
        currency: 'EUR',
      },
    ]);
    expect(summarizeEntries(parsed.entries)).toEqual({
      entryCount: 2,
      totalMinutes: 1201,
      billableMinutes: 1,
      firstDay: '2024-03-04',
      lastDay: '2024-03-04',
      amounts: [{ currency: 'EUR', minor: 200100 }],
      clockChanges: { skipped: 0, repeated: 0 },
    });
  });
});

describe.each([
  ['clockify-detailed-12h-usd.csv', 'Task'],
  ['clockify-detailed-activity-column.csv', 'Activity'],
])('Clockify detailed export %s (%s column)', (file) => {
  it('asks for the date order when 03/04/2024 reads both ways', () => {
    const parsed = parseFixture(file);
    expect(parsed.source).toBe('clockify');
    expect(parsed.dateOrderAmbiguous).toBe(true);
  });

  it('reads 12-hour times, US dates and the USD rate once the order is known', () => {
    const parsed = parseFixture(file, { dateOrder: 'mdy' });
    expect(parsed.dateOrderAmbiguous).toBe(false);
    expect(parsed.problems).toEqual([{ row: 2, kind: 'skipped', message: 'The duration is zero: nothing to import' }]);
    expect(withoutIds(parsed)).toEqual([
      {
        row: 3,
        day: '2024-03-04',
        startedAt: localIso(2024, 3, 4, 10, 23), // "10:23 AM"
        minutes: 60, // "01:00:01"
        clientName: 'Big Company',
        projectName: 'Project for Big Company',
        task: 'Task 1',
        description: 'Working hard',
        tags: [],
        billable: true,
        rateMinor: 0, // "0.00": the file's rate is kept, even when it is zero
        amountMinor: 0,
        currency: 'USD', // "Billable Rate (USD)"
      },
    ]);
  });

  it('reads the same dates as 3 April when the user says day first', () => {
    const parsed = parseFixture(file, { dateOrder: 'dmy' });
    expect(parsed.entries.map((entry) => entry.day)).toEqual(['2024-04-03']);
  });
});

describe('fingerprints', () => {
  it('are stable across parses and differ between rows', () => {
    const first = parseFixture('harvest-detailed-eu-locale.csv').entries.map((entry) => entry.externalId);
    const second = parseFixture('harvest-detailed-eu-locale.csv').entries.map((entry) => entry.externalId);
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(2);
    expect(first[0]).toMatch(/^harvest:[0-9a-z]+:1$/);
  });

  it('do not depend on the date order the user chose', () => {
    const us = parseFixture('clockify-detailed-12h-usd.csv', { dateOrder: 'mdy' });
    const eu = parseFixture('clockify-detailed-12h-usd.csv', { dateOrder: 'dmy' });
    expect(us.entries[0]?.externalId).toBe(eu.entries[0]?.externalId);
  });
});
