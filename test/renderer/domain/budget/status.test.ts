import { describe, expect, it } from 'vitest';
import { fraction } from '../../../../src/renderer/src/domain/budget/fraction';
import { statusOf } from '../../../../src/renderer/src/domain/budget/status';
import type { StatusFacts } from '../../../../src/renderer/src/domain/budget/status';
import { EUR, TODAY, day } from './fixtures';

// Each status rule on its own, at and just past its threshold. Base case: 100h baseline, 50h
// spent, 50 % complete, EAC 100h (exactly the baseline), no burn, ends 29 May 2026: green.
const base: StatusFacts = {
  measure: 'hours',
  currency: null,
  baseline: 6000,
  spent: 3000,
  percentSpent: fraction(3000, 6000),
  percentComplete: { basis: 'scope', value: fraction(50, 100) },
  eac: 6000,
  runOut: { kind: 'no-burn' },
  burnRate: 0,
  endDay: day('2026-05-29'),
  today: TODAY,
};
const rulesOf = (facts: Partial<StatusFacts>) => statusOf({ ...base, ...facts }, 'en-US').reasons.map((reason) => reason.rule);

describe('status rules', () => {
  it('is green when no rule fires, and says what it looked at', () => {
    expect(statusOf(base, 'en-US')).toEqual({
      status: 'green',
      reasons: [
        {
          rule: 'on-track',
          level: 'green',
          text: 'No warning rule fired: 50% of the baseline spent, 50% of the work done, estimate at completion 100% of the baseline.',
          short: 'On track',
        },
      ],
    });
  });

  it('is red when spent is over the baseline', () => {
    const result = statusOf(
      {
        ...base,
        spent: 6030,
        percentSpent: fraction(6030, 6000),
        percentComplete: { basis: 'unknown', why: 'no-scope-or-milestones' },
        eac: 6030,
      },
      'en-US',
    );
    expect(result.status).toBe('red');
    expect(result.reasons[0]).toEqual({
      rule: 'over-baseline',
      level: 'red',
      text: 'Spent 100h 30m is over the 100h baseline by 30m.',
      short: 'Over baseline by 30m',
    });
    // EAC = spent here, 100.5 % of the baseline: the amber EAC rule fires too and is listed after
    expect(result.reasons.map((reason) => reason.rule)).toEqual(['over-baseline', 'eac-over-100']);
    expect(
      rulesOf({ spent: 6000, percentSpent: fraction(6000, 6000), percentComplete: { basis: 'scope', value: fraction(1, 1) } }),
    ).toEqual(['on-track']);
  });

  it('is red when EAC is more than 110 % of the baseline; exactly 110 % is amber', () => {
    expect(statusOf({ ...base, eac: 6601 }, 'en-US').reasons).toEqual([
      {
        rule: 'eac-over-110',
        level: 'red',
        text: 'The estimate at completion, 110h 1m, is 110.02% of the 100h baseline: more than 110%.',
        short: 'EAC 110.02% of baseline',
      },
    ]);
    expect(statusOf({ ...base, eac: 6600 }, 'en-US')).toMatchObject({ status: 'amber', reasons: [{ rule: 'eac-over-100' }] });
  });

  it('is amber when EAC is more than 100 % of the baseline; exactly 100 % is green', () => {
    expect(statusOf({ ...base, eac: 6300 }, 'en-US')).toEqual({
      status: 'amber',
      reasons: [
        {
          rule: 'eac-over-100',
          level: 'amber',
          text: 'The estimate at completion, 105h, is 105% of the 100h baseline: more than 100%.',
          short: 'EAC 105% of baseline',
        },
      ],
    });
    expect(rulesOf({ eac: 6000 })).toEqual(['on-track']);
  });

  it('is red when % spent runs more than 25 points ahead of % complete; exactly 25 is amber', () => {
    const ahead = { percentComplete: { basis: 'scope' as const, value: fraction(1, 10) }, eac: 6000 };
    expect(statusOf({ ...base, ...ahead, spent: 2101, percentSpent: fraction(2101, 6000) }, 'en-US').reasons).toEqual([
      {
        rule: 'spent-ahead-25',
        level: 'red',
        text: '35% of the budget is spent but only 10% of the work is done: 25.02 points apart, more than 25.',
        short: 'Spent 25.02 pts ahead of progress',
      },
    ]);
    expect(rulesOf({ ...ahead, spent: 2100, percentSpent: fraction(2100, 6000) })).toEqual(['spent-ahead-10']);
  });

  it('is amber when % spent runs more than 10 points ahead; exactly 10 is green', () => {
    expect(statusOf({ ...base, spent: 3606, percentSpent: fraction(3606, 6000) }, 'en-US').reasons).toEqual([
      {
        rule: 'spent-ahead-10',
        level: 'amber',
        text: '60% of the budget is spent but only 50% of the work is done: 10.1 points apart, more than 10.',
        short: 'Spent 10.1 pts ahead of progress',
      },
    ]);
    expect(rulesOf({ spent: 3600, percentSpent: fraction(3600, 6000) })).toEqual(['on-track']);
  });

  it('skips the % complete rules while % complete is unknown, and says so when green', () => {
    const unknown = { percentComplete: { basis: 'unknown' as const, why: 'no-scope-or-milestones' as const } };
    expect(
      statusOf({ ...base, ...unknown, spent: 5900, percentSpent: fraction(5900, 6000), eac: 5900 }, 'en-US').reasons,
    ).toEqual([
      {
        rule: 'on-track',
        level: 'green',
        text: 'No warning rule fired: 98% of the baseline spent, % complete unknown, estimate at completion 98% of the baseline.',
        short: 'On track',
      },
    ]);
  });

  it('is amber when the run-out date falls before the end date; on the end date is fine', () => {
    const money = {
      measure: 'money' as const,
      currency: EUR,
      baseline: 1_000_000,
      spent: 500_000,
      eac: 1_000_000,
      percentSpent: fraction(1, 2),
      burnRate: 18_500,
    };
    const runOut: StatusFacts['runOut'] = { kind: 'date', day: day('2026-05-28'), workingDays: 50 };
    expect(statusOf({ ...base, ...money, runOut }, 'en-US').reasons).toEqual([
      {
        rule: 'runs-out-before-end',
        level: 'amber',
        text: 'At €185.00 a working day the budget runs out on May 28, 2026, before the end date, May 29, 2026.',
        short: 'Runs out May 28, 2026, before the end',
      },
    ]);
    expect(rulesOf({ runOut: { kind: 'date', day: day('2026-05-29'), workingDays: 51 } })).toEqual(['on-track']);
    expect(rulesOf({ runOut: { kind: 'date', day: day('2026-05-28'), workingDays: 50 }, endDay: null })).toEqual(['on-track']);
  });

  it('says a budget used up exactly runs out before the end date, but not once it is overspent', () => {
    const usedUp = {
      spent: 6000,
      percentSpent: fraction(1, 1),
      percentComplete: { basis: 'scope' as const, value: fraction(95, 100) },
      runOut: { kind: 'used-up' as const },
    };
    expect(statusOf({ ...base, ...usedUp }, 'en-US').reasons).toEqual([
      {
        rule: 'runs-out-before-end',
        level: 'amber',
        text: 'Nothing is left of the 100h baseline, and the work runs until May 29, 2026.',
        short: 'Used up before the end date',
      },
    ]);
    expect(rulesOf({ ...usedUp, spent: 6060, percentSpent: fraction(6060, 6000) })).toEqual(['over-baseline']);
  });

  it('lists every rule that fired, red ones first', () => {
    const facts: Partial<StatusFacts> = {
      spent: 7200,
      percentSpent: fraction(7200, 6000),
      percentComplete: { basis: 'milestones', value: fraction(1, 2) },
      eac: 14_400,
      runOut: { kind: 'used-up' },
    };
    expect(statusOf({ ...base, ...facts }, 'en-US').status).toBe('red');
    expect(rulesOf(facts)).toEqual(['over-baseline', 'eac-over-110', 'spent-ahead-25']);
    const amber = {
      percentSpent: fraction(3900, 6000),
      spent: 3900,
      eac: 6100,
      runOut: { kind: 'date' as const, day: day('2026-04-01'), workingDays: 10 },
    };
    expect(rulesOf(amber)).toEqual(['eac-over-100', 'spent-ahead-10', 'runs-out-before-end']);
  });

  it('treats a zero baseline: any spending is over it', () => {
    expect(rulesOf({ baseline: 0, spent: 60, percentSpent: null, eac: 60 })).toEqual(['over-baseline', 'eac-over-110']);
    expect(statusOf({ ...base, baseline: 0, spent: 0, percentSpent: null, eac: 0 }, 'en-US').status).toBe('green');
  });
});
