import { describe, expect, it } from 'vitest';
import { burnChart, dayNumber, dayOfNumber } from '../../../../src/renderer/src/domain/budget/burn-chart';
import type { BurnChartInput } from '../../../../src/renderer/src/domain/budget/burn-chart';
import type { Project } from '../../../../src/renderer/src/domain/model/project';
import { SETTINGS, TODAY, block, day, entry, healthOf, makeProject, rollupsOf } from './fixtures';

// A 10h budget from Tue 10 to Fri 20 March; a change request approved on the 12th adds 2h.
// 1h logged on each of 10, 11, 12 March: 3h spent, all in the burn window (18 minutes a working
// day); 9h left = 30 working days after Wed 18 March: Wed 29 April.
const project = makeProject({
  budgetMinutes: 600,
  startDay: '2026-03-10',
  endDay: '2026-03-20',
  changeRequests: [
    { title: 'Extra page', estimateMinutes: 120, amount: 0, status: 'approved', askedAt: '2026-03-11', decidedAt: '2026-03-12' },
  ],
});
const entries = [entry('2026-03-10', 60), entry('2026-03-11', 60), entry('2026-03-12', 60)];
const blocks = [block('2026-03-19', 540, 600)];

function chartOf(p: Project, overrides: Partial<BurnChartInput> = {}) {
  const health = healthOf({ project: p, entries, blocks });
  if (!health.primary) throw new Error('expected a budget');
  return burnChart({
    project: p,
    health: health.primary,
    days: rollupsOf(entries).days,
    blocks,
    rate: SETTINGS.defaultRate,
    workWeekDays: 5,
    today: TODAY,
    ...overrides,
  });
}

describe('burn chart', () => {
  const chart = chartOf(project);
  const at = (d: string) => chart.points.find((point) => point.day === d);

  it('spans start to run-out, one point a day when that is short', () => {
    expect(chart).toMatchObject({ granularity: 'day', from: '2026-03-10', to: '2026-04-29', todayX: dayNumber(TODAY) });
    expect(chart.points).toHaveLength(51);
    expect(dayOfNumber(dayNumber(day('2026-03-10')))).toBe('2026-03-10');
  });

  it('draws spent cumulatively up to today and the baseline as steps', () => {
    expect(at('2026-03-11')).toMatchObject({ spent: 120, baseline: 600 });
    expect(at('2026-03-12')).toMatchObject({ spent: 180, baseline: 720 });
    expect(at('2026-03-18')).toMatchObject({ spent: 180, baseline: 720 });
    expect(at('2026-03-19')?.spent).toBeNull();
    expect(chart.steps).toEqual([
      { day: '2026-03-12', x: dayNumber(day('2026-03-12')), added: 120, baseline: 720, title: 'Extra page' },
    ]);
  });

  it('draws the ideal line from 0 at the start to the baseline at the end date', () => {
    expect(at('2026-03-10')?.ideal).toBe(0);
    expect(at('2026-03-15')?.ideal).toBe(360);
    expect(at('2026-03-20')?.ideal).toBe(720);
    expect(at('2026-03-21')?.ideal).toBeNull();
  });

  it('forecasts from today at the burn rate, reaching the baseline on the run-out date', () => {
    expect(at('2026-03-17')?.forecast).toBeNull();
    expect(at('2026-03-18')?.forecast).toBe(180);
    // Thu 19 and Fri 20: two working days at 18 minutes
    expect(at('2026-03-20')?.forecast).toBe(216);
    expect(at('2026-03-22')?.forecast).toBe(216);
    expect(at('2026-04-29')?.forecast).toBe(720);
  });

  it('adds the planned blocks to spent from today to the last block', () => {
    expect(at('2026-03-18')?.planned).toBe(180);
    expect(at('2026-03-19')?.planned).toBe(240);
    expect(at('2026-03-20')?.planned).toBeNull();
  });

  it('aggregates by week over years and keeps the days where something happens', () => {
    const long = makeProject({ budgetMinutes: 600_000, startDay: '2020-01-01', endDay: '2026-12-31' });
    const weekly = chartOf(long);
    expect(weekly.granularity).toBe('week');
    expect(weekly.points.length).toBeLessThanOrEqual(510);
    expect(weekly.points.map((point) => point.day)).toEqual(expect.arrayContaining(['2020-01-01', '2026-03-18', '2026-12-31']));
    expect(weekly.points[1]?.day).toBe('2020-01-08');
  });

  it('aggregates by month over decades', () => {
    const decades = makeProject({ budgetMinutes: 600_000, startDay: '2000-01-15', endDay: '2026-12-31' });
    const monthly = chartOf(decades);
    expect(monthly.granularity).toBe('month');
    expect(monthly.points.length).toBeLessThanOrEqual(500);
    expect(monthly.points.slice(0, 3).map((point) => point.day)).toEqual(['2000-01-15', '2000-02-01', '2000-03-01']);
  });

  it('draws no ideal line without both dates and stops the forecast half a year past the plan', () => {
    const open = makeProject({ budgetMinutes: 600_000 });
    const chart2 = chartOf(open, { blocks: [] });
    expect(chart2.points.every((point) => point.ideal === null)).toBe(true);
    // no end date: the plan ends today; the run-out is years away, so the chart stops 183 days on
    expect(chart2.to).toBe('2026-09-17');
    expect(chart2.points.every((point) => point.planned === null)).toBe(true);
  });
});
