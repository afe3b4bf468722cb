import { describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../../../src/renderer/src/domain/model/project';
import { cycleStartOf, cyclesBetween, nextCycleStart } from '../../../../src/renderer/src/domain/budget/retainer';
import { block, day, entry, healthOf, makeProject, windowEntries } from './fixtures';

const retainer = (terms: NonNullable<ProjectInput['retainer']>, more: Partial<ProjectInput> = {}) =>
  makeProject({ billing: 'retainer', retainer: terms, startDay: '2026-01-01', ...more });

describe('retainer cycles', () => {
  it('run from the cycle start day to the day before it a month later, across year ends', () => {
    expect(cycleStartOf(day('2026-03-18'), 15)).toBe('2026-03-15');
    expect(cycleStartOf(day('2026-03-10'), 15)).toBe('2026-02-15');
    expect(cycleStartOf(day('2026-01-10'), 15)).toBe('2025-12-15');
    expect(cycleStartOf(day('2026-03-01'), 1)).toBe('2026-03-01');
    expect(nextCycleStart(day('2025-12-15'))).toBe('2026-01-15');
    expect(cyclesBetween(day('2025-12-20'), day('2026-02-01'), 15)).toEqual([
      { start: '2025-12-15', end: '2026-01-14' },
      { start: '2026-01-15', end: '2026-02-14' },
    ]);
    expect(cyclesBetween(day('2026-02-01'), day('2026-02-28'), 1)).toEqual([{ start: '2026-02-01', end: '2026-02-28' }]);
  });
});

describe('retainer health', () => {
  // 10h a month from 1 January: 4h used in January, 12h in February, 2h in March so far
  const entries = [entry('2026-01-20', 240), entry('2026-02-10', 720), entry('2026-03-02', 120)];

  it('rolls unused hours over, month after month, when allowed', () => {
    const health = healthOf({ project: retainer({ allowanceMinutesPerMonth: 600, rollover: true }), entries });
    expect(
      health.retainer?.cycles.map(({ start, carriedIn, available, used, remaining }) => [
        start,
        carriedIn,
        available,
        used,
        remaining,
      ]),
    ).toEqual([
      ['2026-01-01', 0, 600, 240, 360],
      // 6h carried in: 16h available, 12h used
      ['2026-02-01', 360, 960, 720, 240],
      ['2026-03-01', 240, 840, 120, 720],
    ]);
    expect(health.measures.map((measure) => measure.measure)).toEqual(['hours']);
    expect(health.primary).toMatchObject({ budget: 840, baseline: 840, spent: 120, remaining: 720, endDay: '2026-03-31' });
    expect(health.percentComplete).toEqual({ basis: 'unknown', why: 'retainer' });
  });

  it('starts every cycle afresh without rollover', () => {
    const health = healthOf({ project: retainer({ allowanceMinutesPerMonth: 600, rollover: false }), entries });
    expect(health.retainer?.cycles.map((cycle) => [cycle.available, cycle.remaining])).toEqual([
      [600, 360],
      [600, -120],
      [600, 480],
    ]);
    expect(health.retainer?.current.start).toBe('2026-03-01');
  });

  it('never carries an overrun forward as a debt', () => {
    const overrun = [entry('2026-01-20', 900), entry('2026-02-10', 120)];
    const health = healthOf({ project: retainer({ allowanceMinutesPerMonth: 600, rollover: true }), entries: overrun });
    expect(health.retainer?.cycles.map((cycle) => [cycle.carriedIn, cycle.available, cycle.remaining])).toEqual([
      [0, 600, -300],
      [0, 600, 480],
      [480, 1080, 1080],
    ]);
  });

  it('rolls over across the year end with a mid-month cycle start', () => {
    const project = retainer({ allowanceMinutesPerMonth: 600, rollover: true, cycleStartDay: 15 }, { startDay: '2025-11-15' });
    const acrossYear = [entry('2025-11-20', 300), entry('2025-12-31', 300), entry('2026-01-10', 180)];
    const health = healthOf({ project, entries: acrossYear, today: day('2026-01-20') });
    expect(
      health.retainer?.cycles.map(({ start, end, carriedIn, available, used }) => [start, end, carriedIn, available, used]),
    ).toEqual([
      ['2025-11-15', '2025-12-14', 0, 600, 300],
      ['2025-12-15', '2026-01-14', 300, 900, 480],
      ['2026-01-15', '2026-02-14', 420, 1020, 0],
    ]);
  });

  it('adds an approved change request to the cycle it was decided in, once', () => {
    const changeRequests: ProjectInput['changeRequests'] = [
      {
        title: 'Campaign push',
        estimateMinutes: 300,
        amount: 0,
        status: 'approved',
        askedAt: '2026-02-05',
        decidedAt: '2026-02-10',
      },
    ];
    const health = healthOf({
      project: retainer({ allowanceMinutesPerMonth: 600, rollover: false }, { changeRequests }),
      entries,
    });
    expect(health.retainer?.cycles.map((cycle) => [cycle.extra, cycle.available, cycle.remaining])).toEqual([
      [0, 600, 360],
      [300, 900, 180],
      [0, 600, 480],
    ]);
  });

  it('is amber when this cycle runs out before it ends', () => {
    // 20h this March: 2h on the 2nd and 1h on each window day = 12h; 8h left at 1h a day: Mon 30 March
    const burning = [entry('2026-03-02', 120), ...windowEntries(60)];
    const health = healthOf({ project: retainer({ allowanceMinutesPerMonth: 1200 }), entries: burning });
    expect(health.primary).toMatchObject({
      spent: 720,
      remaining: 480,
      burnRate: 60,
      runOut: { kind: 'date', day: '2026-03-30' },
      eac: 720,
    });
    expect(health.reasons.map((reason) => reason.text)).toEqual([
      'At 1h a working day the budget runs out on Mar 30, 2026, before the end date, Mar 31, 2026.',
    ]);
    // 21h: 9h left lasts until Tue 31 March, the cycle's last day
    expect(healthOf({ project: retainer({ allowanceMinutesPerMonth: 1260 }), entries: burning }).status).toBe('green');
  });

  it('is red once this cycle is overspent', () => {
    const health = healthOf({ project: retainer({ allowanceMinutesPerMonth: 300 }), entries: windowEntries(60) });
    expect(health.reasons.map((reason) => reason.text)).toEqual([
      'Spent 10h is over the 5h baseline by 5h.',
      'The estimate at completion, 10h, is 200% of the 5h baseline: more than 110%.',
    ]);
  });

  it('counts the blocks planned for the rest of this cycle', () => {
    const blocks = [
      block('2026-03-17', 540, 600),
      block('2026-03-18', 540, 660),
      block('2026-03-18', 720, 780, 'break'),
      block('2026-03-31', 600, 660),
      block('2026-04-01', 600, 660),
    ];
    const health = healthOf({ project: retainer({ allowanceMinutesPerMonth: 600 }), entries, blocks });
    expect(health.retainer?.plannedThisCycle).toBe(180);
    expect(health.primary?.planned).toBe(180);
  });

  it('shows its first cycle while it has not started', () => {
    const health = healthOf({
      project: retainer({ allowanceMinutesPerMonth: 600, cycleStartDay: 10 }, { status: 'planned', startDay: '2026-04-20' }),
    });
    expect(health.retainer?.cycles.map((cycle) => [cycle.start, cycle.end])).toEqual([['2026-04-10', '2026-05-09']]);
    expect(health.retainer?.current).toMatchObject({ start: '2026-04-10', used: 0, available: 600 });
    expect(health.status).toBe('green');
  });
});
