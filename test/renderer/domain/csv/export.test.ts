import { describe, expect, it } from 'vitest';
import { defaultExportRange, timeEntriesCsv } from '../../../../src/renderer/src/domain/csv/export';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import type { ExportEntry } from '../../../../src/renderer/src/domain/csv/export';
import { parseTimeCsv } from '../../../../src/renderer/src/domain/csv/parse-time-csv';
import { localIso } from './fixture-files';

const entry = (over: Partial<ExportEntry>): ExportEntry => ({
  day: '2026-03-02',
  startedAt: localIso(2026, 3, 2, 9, 0),
  minutes: 90,
  clientName: 'Acme',
  projectName: 'Website',
  projectCode: 'WEB',
  hat: 'Production',
  billable: true,
  rateMinor: 12_000,
  currency: 'EUR',
  note: 'Wireframes, “home” page',
  ...over,
});

const ENTRIES = [
  entry({}),
  entry({ startedAt: localIso(2026, 3, 2, 11, 0), minutes: 30, billable: false, note: '=HYPERLINK("x")' }),
  entry({ day: '2026-03-03', startedAt: localIso(2026, 3, 3, 9, 0), minutes: 60, clientName: 'Globex', projectName: 'Ads', projectCode: 'ADS', rateMinor: 9_000, currency: 'USD', note: 'Café 日本' }),
];

const lines = (text: string) => text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe('CSV export', () => {
  it('writes one line per entry with the chosen columns, quoting where needed and defusing formulas', () => {
    const text = timeEntriesCsv(ENTRIES, { grouping: 'none', columns: ['date', 'start', 'end', 'client', 'project', 'note', 'duration', 'hours', 'billable', 'rate', 'amount', 'currency'] });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(lines(text)).toEqual([
      'Date,Start,End,Client,Project,Note,Duration,Hours,Billable,Rate,Amount,Currency',
      '2026-03-02,09:00,10:30,Acme,Website,"Wireframes, “home” page",1:30,1.50,Yes,120.00,180.00,EUR',
      `2026-03-02,11:00,11:30,Acme,Website,"'=HYPERLINK(""x"")",0:30,0.50,No,120.00,60.00,EUR`,
      '2026-03-03,09:00,10:00,Globex,Ads,Café 日本,1:00,1.00,Yes,90.00,90.00,USD',
    ]);
  });

  it('totals per day, per project and per client, one line per currency, leaving out columns that do not apply', () => {
    const columns = ['date', 'start', 'client', 'project', 'hours', 'billableHours', 'amount', 'currency', 'entries'] as const;
    expect(lines(timeEntriesCsv(ENTRIES, { grouping: 'day', columns }))).toEqual([
      'Date,Hours,Billable hours,Amount,Currency,Entries',
      '2026-03-02,2.00,1.50,240.00,EUR,2',
      '2026-03-03,1.00,1.00,90.00,USD,1',
    ]);
    expect(lines(timeEntriesCsv(ENTRIES, { grouping: 'project', columns }))).toEqual([
      'Client,Project,Hours,Billable hours,Amount,Currency,Entries',
      'Acme,Website,2.00,1.50,240.00,EUR,2',
      'Globex,Ads,1.00,1.00,90.00,USD,1',
    ]);
    expect(lines(timeEntriesCsv([...ENTRIES, entry({ clientName: 'Acme', currency: 'USD', rateMinor: 10_000, minutes: 60 })], { grouping: 'client', columns }))).toEqual([
      'Client,Hours,Billable hours,Amount,Currency,Entries',
      'Acme,2.00,1.50,240.00,EUR,2',
      'Acme,1.00,1.00,100.00,USD,1',
      'Globex,1.00,1.00,90.00,USD,1',
    ]);
  });

  it('writes a file the Toggl importer would not mistake for its own', () => {
    const text = timeEntriesCsv(ENTRIES, { grouping: 'none', columns: ['date', 'hours'] });
    expect(parseTimeCsv(text).ok).toBe(false);
  });
});

describe('the range the CSV export offers first', () => {
  const range = (today: string) => defaultExportRange(toDayKey(today));

  it('is the month so far', () => {
    expect(range('2026-11-17')).toEqual({ from: '2026-11-01', to: '2026-11-17' });
    expect(range('2028-02-29')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('reaches back over the month just ended on the first of a month (found at 01:30 on 1 November, New York)', () => {
    expect(range('2026-11-01')).toEqual({ from: '2026-10-01', to: '2026-11-01' });
    expect(range('2027-01-01')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(range('2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-03-01' });
  });
});
