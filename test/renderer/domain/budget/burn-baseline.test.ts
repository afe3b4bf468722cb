import { describe, expect, it } from 'vitest';
import { baselineOn, baselineSteps } from '../../../../src/renderer/src/domain/budget/baseline';
import { burnWindow, runOutDay, runOutOf } from '../../../../src/renderer/src/domain/budget/burn';
import { TODAY, day, makeProject } from './fixtures';

describe('burn window', () => {
  it('is the 14 calendar days ending today, today included: 10 working days in a 5-day week', () => {
    expect(burnWindow(TODAY, 14, 5)).toEqual({ from: '2026-03-05', to: '2026-03-18', workingDays: 10 });
    expect(burnWindow(TODAY, 14, 7)).toEqual({ from: '2026-03-05', to: '2026-03-18', workingDays: 14 });
  });

  it('follows the setting, and counts a weekend-only window as one working day', () => {
    // Wed 2026-03-18 back 7 days: Thu 12 … Wed 18 = 5 working days
    expect(burnWindow(TODAY, 7, 5)).toEqual({ from: '2026-03-12', to: '2026-03-18', workingDays: 5 });
    // Sat 21 and Sun 22
    expect(burnWindow(day('2026-03-22'), 2, 5)).toEqual({ from: '2026-03-21', to: '2026-03-22', workingDays: 1 });
  });
});

describe('run-out date', () => {
  it('is today + remaining / burn rate in working days after today', () => {
    // 60h left at 10h per 10 working days = 60 working days: 12 weeks after Wed 18 Mar
    expect(runOutOf(3600, 600, 10, TODAY, 5)).toEqual({ kind: 'date', day: '2026-06-10', workingDays: 60 });
  });

  it('rounds a part day up: the day the last of it is spent', () => {
    // 100 / 60 a day = 1.67 → the 2nd working day after Wed 18 = Fri 20
    expect(runOutOf(100, 600, 10, TODAY, 5)).toEqual({ kind: 'date', day: '2026-03-20', workingDays: 2 });
  });

  it('skips weekends in a 5-day week, not in a 7-day week', () => {
    expect(runOutOf(60, 600, 10, day('2026-03-20'), 5)).toEqual({ kind: 'date', day: '2026-03-23', workingDays: 1 });
    expect(runOutOf(60, 600, 10, day('2026-03-21'), 5)).toEqual({ kind: 'date', day: '2026-03-23', workingDays: 1 });
    expect(runOutOf(240, 600, 10, TODAY, 7)).toEqual({ kind: 'date', day: '2026-03-22', workingDays: 4 });
  });

  it('is used up with nothing left, absent at zero burn, and "beyond" when decades away', () => {
    expect(runOutOf(0, 600, 10, TODAY, 5)).toEqual({ kind: 'used-up' });
    expect(runOutOf(-30, 600, 10, TODAY, 5)).toEqual({ kind: 'used-up' });
    expect(runOutOf(3600, 0, 10, TODAY, 5)).toEqual({ kind: 'no-burn' });
    expect(runOutOf(1_000_000, 1, 10, TODAY, 5)).toEqual({ kind: 'beyond', workingDays: 10_000_000 });
    expect(runOutDay({ kind: 'used-up' }, TODAY)).toBe('2026-03-18');
    expect(runOutDay({ kind: 'no-burn' }, TODAY)).toBeNull();
  });
});

describe('baseline', () => {
  const project = makeProject({
    budgetMinutes: 6000,
    changeRequests: [
      {
        title: 'Later',
        estimateMinutes: 300,
        amount: 30_000,
        status: 'approved',
        askedAt: '2026-02-20',
        decidedAt: '2026-03-01',
      },
      {
        title: 'Declined',
        estimateMinutes: 900,
        amount: 90_000,
        status: 'declined',
        askedAt: '2026-02-01',
        decidedAt: '2026-02-03',
      },
      { title: 'Open', estimateMinutes: 600, amount: 60_000, status: 'estimated', askedAt: '2026-02-01' },
      {
        title: 'Earlier',
        estimateMinutes: 1200,
        amount: 120_000,
        status: 'approved',
        askedAt: '2026-02-01',
        decidedAt: '2026-02-15',
      },
    ],
  });

  it('steps up once per approved change request, in the order they were decided', () => {
    const steps = baselineSteps(6000, project, 'hours');
    expect(steps.map(({ day: d, added, baseline, request }) => [d, added, baseline, request.title])).toEqual([
      ['2026-02-15', 1200, 7200, 'Earlier'],
      ['2026-03-01', 300, 7500, 'Later'],
    ]);
    expect(baselineSteps(500_000, project, 'money').map((step) => step.baseline)).toEqual([620_000, 650_000]);
  });

  it('is the budget plus the changes decided on or before a day', () => {
    const steps = baselineSteps(6000, project, 'hours');
    expect(baselineOn(6000, steps, day('2026-02-14'))).toBe(6000);
    expect(baselineOn(6000, steps, day('2026-02-15'))).toBe(7200);
    expect(baselineOn(6000, steps, day('2026-03-18'))).toBe(7500);
  });
});
