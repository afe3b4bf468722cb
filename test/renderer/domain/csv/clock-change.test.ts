import { describe, expect, it } from 'vitest';
import { parseTimeCsv } from '../../../../src/renderer/src/domain/csv/parse-time-csv';
import { summarizeEntries } from '../../../../src/renderer/src/domain/csv/summary';
import type { ParsedCsv } from '../../../../src/renderer/src/domain/csv/types';
import { pinMoment } from '../../../support/vitest-clock';

// A Toggl row whose local start the clock skipped (02:30 on 2027-03-28, Berlin springs 02:00 → 03:00)
// is read as 03:30 CEST with its stated duration; one in the repeated hour (02:15 on 2026-10-25,
// Berlin goes back 03:00 → 02:00) as the first 02:15 (CEST). Both are counted for the preview.
// Before, both were read silently, and the preview said nothing.

const HEADER = '"User","Email","Client","Project","Task","Description","Billable","Start date","Start time","End date","End time","Duration","Tags"';
const row = (date: string, start: string, end: string, duration: string) =>
  `"Ana","ana@example.test","Acme","Site","","Night release","Yes","${date}","${start}","${date}","${end}","${duration}",""`;

function parse(lines: string[]): ParsedCsv {
  const parsed = parseTimeCsv([HEADER, ...lines].join('\n'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('CSV rows at a clock change (Europe/Berlin)', () => {
  it('reads a start in the skipped hour just after the gap and keeps the stated duration', () => {
    pinMoment('2027-04-01T10:00:00+02:00', 'Europe/Berlin');
    const parsed = parse([row('2027-03-28', '02:30:00', '03:30:00', '00:45:00'), row('2027-03-28', '04:00:00', '05:00:00', '01:00:00')]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map(({ day, startedAt, minutes, clockChange }) => ({ day, startedAt, minutes, clockChange }))).toEqual([
      { day: '2027-03-28', startedAt: '2027-03-28T01:30:00.000Z', minutes: 45, clockChange: 'skipped' },
      { day: '2027-03-28', startedAt: '2027-03-28T02:00:00.000Z', minutes: 60, clockChange: undefined },
    ]);
    expect(summarizeEntries(parsed.entries).clockChanges).toEqual({ skipped: 1, repeated: 0 });
  });

  it('reads a start in the repeated hour as its first (summer-time) instant', () => {
    pinMoment('2026-11-04T09:30:00+01:00', 'Europe/Berlin');
    const parsed = parse([row('2026-10-25', '02:15:00', '02:45:00', '00:30:00'), row('2026-10-25', '01:59:00', '02:00:00', '00:01:00')]);
    expect(parsed.entries.map(({ startedAt, minutes, clockChange }) => ({ startedAt, minutes, clockChange }))).toEqual([
      { startedAt: '2026-10-25T00:15:00.000Z', minutes: 30, clockChange: 'repeated' },
      { startedAt: '2026-10-24T23:59:00.000Z', minutes: 1, clockChange: undefined },
    ]);
    expect(summarizeEntries(parsed.entries).clockChanges).toEqual({ skipped: 0, repeated: 1 });
  });
});
