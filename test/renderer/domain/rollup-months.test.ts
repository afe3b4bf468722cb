import { describe, expect, it } from 'vitest';
import {
  PROJECT_MONTHS,
  SWITCHING_MONTHS,
  daysByKey,
  daysOfMonths,
  monthRowsOf,
  monthWritesOver,
} from '../../../src/renderer/src/domain/rollup-months';
import type { ProjectMonth } from '../../../src/renderer/src/domain/rollup-months';
import type { ProjectDay } from '../../../src/renderer/src/domain/rollup-figures';
import { zeroFigures } from '../../../src/renderer/src/domain/rollup-figures';
import type { PersonDaySwitching } from '../../../src/renderer/src/domain/switching/day-rollup';
import type { CurrencyCode } from '../../../src/renderer/src/domain/units/money';
import type { DayKey, MonthKey } from '../../../src/renderer/src/domain/time/day-key';

// Days packed a month to a row, and a change's month rows worked out by hand.

const day = (projectId: string, key: string, minutes: number): ProjectDay => ({
  ...zeroFigures(),
  projectId,
  day: key as DayKey,
  currency: 'EUR' as CurrencyCode,
  minutes,
});
const month = (projectId: string, key: string, days: ProjectDay[]): ProjectMonth => ({ projectId, month: key as MonthKey, days });

describe('packing days into month rows', () => {
  it('groups by project and month, each month in day order, whatever order the days come in', () => {
    const rows = monthRowsOf(PROJECT_MONTHS, [
      day('p2', '2026-03-31', 1),
      day('p1', '2026-04-01', 2),
      day('p1', '2026-03-05', 3),
      day('p1', '2026-03-02', 4),
    ]);
    expect(rows.map((row) => [row.projectId, row.month, row.days.map((d) => d.day)])).toEqual([
      ['p2', '2026-03', ['2026-03-31']],
      ['p1', '2026-04', ['2026-04-01']],
      ['p1', '2026-03', ['2026-03-02', '2026-03-05']],
    ]);
  });

  it('keys switching months by month, then person', () => {
    const rows = monthRowsOf(SWITCHING_MONTHS, [{ day: '2026-12-31', personId: 'kim' } as PersonDaySwitching]);
    expect(rows).toEqual([{ month: '2026-12', personId: 'kim', days: [{ day: '2026-12-31', personId: 'kim' }] }]);
    expect(SWITCHING_MONTHS.keyOf('kim', '2026-12' as MonthKey)).toEqual(['2026-12', 'kim']);
  });
});

describe('the month rows a change writes', () => {
  const march = month('p1', '2026-03', [day('p1', '2026-03-02', 60), day('p1', '2026-03-09', 30)]);
  const april = month('p1', '2026-04', [day('p1', '2026-04-01', 15)]);

  it('rewrites a touched month whole: the changed day replaced, the others kept, a new day in its place', () => {
    const writes = monthWritesOver(PROJECT_MONTHS, [march, april], [day('p1', '2026-03-09', 90), day('p1', '2026-03-05', 45)]);
    expect(writes.deletes).toEqual([]);
    expect(writes.puts).toEqual([
      month('p1', '2026-03', [day('p1', '2026-03-02', 60), day('p1', '2026-03-05', 45), day('p1', '2026-03-09', 90)]),
    ]);
  });

  it('starts a month that had no row, and leaves untouched months alone', () => {
    const writes = monthWritesOver(PROJECT_MONTHS, [march], [day('p1', '2026-05-04', 10), day('p2', '2026-03-02', 20)]);
    expect(writes.puts).toEqual([
      month('p1', '2026-05', [day('p1', '2026-05-04', 10)]),
      month('p2', '2026-03', [day('p2', '2026-03-02', 20)]),
    ]);
  });

  it('drops a removed day, and deletes a stored month left with none', () => {
    const writes = monthWritesOver(
      PROJECT_MONTHS,
      [march, april],
      [],
      [
        { owner: 'p1', day: '2026-03-02' as DayKey },
        { owner: 'p1', day: '2026-04-01' as DayKey },
      ],
    );
    expect(writes.puts).toEqual([month('p1', '2026-03', [day('p1', '2026-03-09', 30)])]);
    expect(writes.deletes).toEqual([['p1', '2026-04']]);
  });

  it('writes nothing for a removed day of a month never stored', () => {
    expect(monthWritesOver(PROJECT_MONTHS, [], [], [{ owner: 'p1', day: '2026-06-01' as DayKey }])).toEqual({
      puts: [],
      deletes: [],
    });
  });
});

describe('the days of month rows', () => {
  it('looks stored days up by the key given, across months', () => {
    const rows = [month('p1', '2026-03', [day('p1', '2026-03-31', 2)]), month('p2', '2026-04', [day('p2', '2026-04-01', 3)])];
    const days = daysByKey(rows, (d) => `${d.projectId}/${d.day}`);
    expect([...days.keys()]).toEqual(['p1/2026-03-31', 'p2/2026-04-01']);
    expect(days.get('p2/2026-04-01')?.minutes).toBe(3);
  });

  it('keeps the days from `from` to `to`, both included, and every day without bounds', () => {
    const rows = [
      month('p1', '2026-03', [day('p1', '2026-03-02', 1), day('p1', '2026-03-31', 2)]),
      month('p1', '2026-04', [day('p1', '2026-04-01', 3)]),
    ];
    expect(daysOfMonths(rows, '2026-03-31' as DayKey, '2026-04-01' as DayKey).map((d) => d.day)).toEqual([
      '2026-03-31',
      '2026-04-01',
    ]);
    expect(daysOfMonths(rows).map((d) => d.day)).toEqual(['2026-03-02', '2026-03-31', '2026-04-01']);
    expect(daysOfMonths(rows, undefined, '2026-03-30' as DayKey).map((d) => d.day)).toEqual(['2026-03-02']);
  });
});
