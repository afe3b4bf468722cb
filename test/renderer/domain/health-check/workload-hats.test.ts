import { describe, expect, it } from 'vitest';
import { hatHours, overloadSignal } from '../../../../src/renderer/src/domain/health-check/hat-hours';
import type { HatDayFigures } from '../../../../src/renderer/src/domain/health-check/hat-hours';
import { workloadOf } from '../../../../src/renderer/src/domain/health-check/workload';
import type { WorkloadBlock } from '../../../../src/renderer/src/domain/health-check/workload';
import type { BlockKind } from '../../../../src/renderer/src/domain/model/time-block';
import { TODAY, day } from './fixtures';

const block = (dayKey: string, start: number, end: number, kind: BlockKind, projectId?: string): WorkloadBlock => ({
  day: day(dayKey),
  startMinute: start,
  endMinute: end,
  kind,
  projectId,
});

describe('workload of the next two weeks', () => {
  it('counts every block but breaks from today to 13 days on, against work hours on working days', () => {
    const result = workloadOf(
      [
        block('2026-03-17', 540, 600, 'deep_work', 'p1'), // yesterday: outside
        block('2026-03-18', 540, 690, 'deep_work', 'p1'),
        block('2026-03-18', 750, 795, 'break'),
        block('2026-03-21', 600, 660, 'meeting', 'p2'), // a Saturday still counts as planned time
        block('2026-03-31', 795, 840, 'pm_admin'),
        block('2026-04-01', 540, 600, 'deep_work', 'p1'), // day 15: outside
      ],
      { workStartMinute: 540, workEndMinute: 1050, workWeekDays: 5 },
      TODAY,
    );
    expect(result).toMatchObject({
      from: '2026-03-18',
      to: '2026-03-31',
      workingDays: 10,
      capacityMinutes: 5100,
      plannedMinutes: 255,
    });
    expect([...result.plannedByProject]).toEqual([
      ['p1', 150],
      ['p2', 60],
    ]);
  });
});

const row = (dayKey: string, production: number, account: number, project: number): HatDayFigures => ({
  day: day(dayKey),
  productionMinutes: production,
  accountMinutes: account,
  projectMinutes: project,
});

describe('hours per hat over the last four weeks', () => {
  it('sums rows from 27 days ago to today into four 7-day weeks, oldest first', () => {
    const hours = hatHours(
      [
        row('2026-02-18', 999, 999, 999), // 28 days ago: outside
        row('2026-02-19', 60, 0, 30), // week 1
        row('2026-02-25', 0, 15, 0), // week 1
        row('2026-02-26', 120, 0, 0), // week 2
        row('2026-03-12', 0, 45, 45), // week 4
        row('2026-03-18', 30, 0, 0), // week 4, today
        row('2026-03-19', 999, 0, 0), // tomorrow: outside
      ],
      TODAY,
    );
    expect(hours.from).toBe('2026-02-19');
    expect(hours.weeks.map((week) => [week.from, week.to, week.total])).toEqual([
      ['2026-02-19', '2026-02-25', 105],
      ['2026-02-26', '2026-03-04', 120],
      ['2026-03-05', '2026-03-11', 0],
      ['2026-03-12', '2026-03-18', 120],
    ]);
    expect(hours.minutes).toEqual({ production: 210, account: 60, project: 75 });
    expect(hours.total).toBe(345);
    expect(hours.managementShare).toBeCloseTo(135 / 345, 10);
  });
  it('has no share with nothing logged', () => {
    expect(hatHours([], TODAY).managementShare).toBeNull();
  });
});

describe('producer overload: management above 40% of four weeks’ hours', () => {
  it('overloaded at 41%, counting the weeks over', () => {
    const signal = overloadSignal(hatHours([row('2026-03-02', 290, 410, 0), row('2026-03-16', 300, 0, 0)], TODAY));
    expect(signal.state).toBe('overloaded');
    expect(signal.heavyWeeks).toBe(1);
    expect(signal.managementShare).toBeCloseTo(0.41, 10);
    expect(signal.text).toBe(
      'Account and project management took 41% of your logged hours (more than 40%; 1 of 4 weeks over): management is crowding out production.',
    );
  });
  it('uses the whole four weeks: 410 of 1000 minutes is overloaded, 400 of 1000 is not', () => {
    expect(overloadSignal(hatHours([row('2026-03-02', 590, 210, 200)], TODAY)).state).toBe('overloaded');
    const balanced = overloadSignal(hatHours([row('2026-03-02', 600, 200, 200)], TODAY));
    expect(balanced.state).toBe('balanced');
    expect(balanced.text).toBe(
      'Account and project management took 40% of your logged hours, within 40%: production still comes first.',
    );
  });
  it('unknown under 10 hours logged', () => {
    const signal = overloadSignal(hatHours([row('2026-03-02', 0, 599, 0)], TODAY));
    expect(signal.state).toBe('unknown');
    expect(signal.text).toBe('Fewer than 10 hours logged in the last 4 weeks: too little to tell.');
  });
});
