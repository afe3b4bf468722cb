import { describe, expect, it } from 'vitest';
import { UNRECOGNISED_FILE, parseTimeCsv } from '../../../../src/renderer/src/domain/csv/parse-time-csv';
import { decodeCsvBytes } from '../../../../src/renderer/src/domain/csv/read-csv';

// Files that cannot be imported say why, in words the user can act on. (That nothing is written
// for them is tested with the database in test/renderer/db/backup/csv-commit.test.ts.)

function parseBytes(bytes: Uint8Array) {
  const text = decodeCsvBytes(bytes);
  return text.ok ? parseTimeCsv(text.value) : text;
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('files that are not a usable export', () => {
  it('refuses a Toggl file without its duration and end columns, naming what is missing', () => {
    const result = parseTimeCsv('User,Project,Start date,Start time\nAna,Site,2024-03-04,10:00:00');
    expect(result).toEqual({ ok: false, error: 'This Toggl Track file lacks the column Duration. Export the detailed report with all its columns.' });
  });

  it('refuses a Harvest file without Hours or Project', () => {
    const result = parseTimeCsv('Date,Client,Notes,Billable?\n2024-03-04,Acme,x,Yes');
    expect(result).toEqual({ ok: false, error: 'This Harvest file lacks the columns Hours, Project. Export the detailed report with all its columns.' });
  });

  it('refuses random bytes', () => {
    let seed = 42;
    const bytes = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    });
    const result = parseBytes(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/not a CSV text file|does not recognise/);
  });

  it('refuses printable garbage and spreadsheets saved under a .csv name', () => {
    expect(parseBytes(encode('lorem ipsum dolor\nsit amet'))).toEqual({ ok: false, error: UNRECOGNISED_FILE });
    expect(parseBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 8, 0]))).toEqual({
      ok: false,
      error: 'This is not a CSV text file (it looks like a binary file).',
    });
  });

  it('refuses empty files and files with only a header', () => {
    expect(parseBytes(new Uint8Array())).toEqual({ ok: false, error: 'The file is empty.' });
    expect(parseBytes(encode('\uFEFF\n\n'))).toEqual({ ok: false, error: 'The file is empty.' });
    expect(parseTimeCsv('Date,Project,Hours\n')).toEqual({ ok: false, error: 'The file has a header line but no time entries.' });
  });

  it('refuses dates that mix day-first and month-first forms', () => {
    const result = parseTimeCsv('Project,Start Date,Start Time,Duration (h)\nSite,13/01/2024,10:00,01:00:00\nSite,01/13/2024,10:00,01:00:00');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/mix day-first and month-first/);
  });

  it('reads a 10 MB export of 100,000 rows without trouble, and refuses 10 MB of one unreadable line', () => {
    const header = 'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)\n';
    const line = 'Ana,ana@example.test,Acme,Website relaunch,Design,Working on the home page layout and copy,Yes,2024-03-04,10:00:00,2024-03-04,10:30:00,00:30:00,,50.00\n';
    const rows = Math.ceil((10 * 1024 * 1024) / line.length);
    const big = parseBytes(encode(header + line.repeat(rows)));
    expect(big.ok && big.value.entries.length).toBe(rows);
    // identical rows are different entries: their fingerprints count up
    if (big.ok) expect(new Set(big.value.entries.map((entry) => entry.externalId)).size).toBe(rows);

    const junk = parseBytes(encode('x'.repeat(10 * 1024 * 1024)));
    expect(junk).toEqual({ ok: false, error: UNRECOGNISED_FILE });
  });

  it('refuses a file over the size limit before reading it', () => {
    const result = decodeCsvBytes(new Uint8Array(51 * 1024 * 1024));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/up to 50 MB/);
  });
});

describe('rows that cannot be imported', () => {
  it('lists bad dates, negative and unreadable durations and bad amounts by row, and keeps the good rows', () => {
    const text = [
      'User,Project,Start date,Start time,Duration,Amount (EUR)',
      'Ana,Site,2024-02-30,10:00:00,01:00:00,',
      'Ana,Site,2024-03-04,10:00:00,-01:00:00,',
      'Ana,Site,2024-03-04,10:00:00,soon,',
      'Ana,Site,2024-03-04,25:00:00,01:00:00,',
      'Ana,Site,2024-03-04,10:00:00,01:00:00,lots',
      'Ana,Site,,10:00:00,01:00:00,',
      'Ana,Site,2024-03-04,10:00:00,01:00:00,10.00',
    ].join('\n');
    const result = parseTimeCsv(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.problems).toEqual([
      { row: 2, kind: 'error', message: 'The date “2024-02-30” is not a real date' },
      { row: 3, kind: 'error', message: 'The duration “-01:00:00” is negative' },
      { row: 4, kind: 'error', message: 'The duration “soon” is not a duration like 01:30:00' },
      { row: 5, kind: 'error', message: 'The start time “25:00:00” is not a time of day' },
      { row: 6, kind: 'error', message: 'The amount “lots” is not a number' },
      { row: 7, kind: 'error', message: 'The date is empty' },
    ]);
    expect(result.value.entries.map((entry) => entry.row)).toEqual([8]);
  });
});
