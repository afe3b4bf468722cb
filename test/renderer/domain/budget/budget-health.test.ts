import { describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../../../src/renderer/src/domain/model/project';
import { entry, expense, healthOf, makeProject, windowEntries } from './fixtures';

// Whole projects through budgetHealth, one case per billing type and measure (docs/product.md, "Budgets");
// the edges of the rules are in budget-edges.test.ts.
// Today is Wed 2026-03-18; the burn window is Thu 5 … Wed 18 March, 10 working days.

const scope100h = (doneHours: number): ProjectInput['scopeItems'] => [
  { title: 'Done work', estimateMinutes: doneHours * 60, status: 'done' },
  { title: 'Open work', estimateMinutes: (100 - doneHours) * 60, status: 'in_scope' },
];

describe('time and materials in hours', () => {
  // 100h budget; scope 20h done of 20 + 30 + 50 = 100h (the dropped 10h does not count)
  const project = makeProject({
    budgetMinutes: 6000,
    startDay: '2026-01-05',
    endDay: '2026-05-29',
    scopeItems: [
      { title: 'Home page', estimateMinutes: 1200, status: 'done' },
      { title: 'Shop', estimateMinutes: 1800, status: 'in_scope' },
      { title: 'Blog', estimateMinutes: 600, status: 'dropped' },
      { title: 'Search', estimateMinutes: 3000, status: 'planned' },
    ],
  });
  // 30h in February, 1h on each of the 10 working days of the window: 40h spent, 10h in the window
  const entries = [entry('2026-02-10', 900), entry('2026-02-11', 900), ...windowEntries(60)];

  it('computes every figure of the definitions', () => {
    const health = healthOf({ project, entries });
    expect(health.measures.map((measure) => measure.measure)).toEqual(['hours']);
    expect(health.primary).toMatchObject({
      budget: 6000,
      approvedChanges: 0,
      baseline: 6000,
      spent: 2400,
      remaining: 3600,
      percentSpent: { num: 2400, den: 6000 },
      windowSpent: 600,
      windowWorkingDays: 10,
      burnRate: 60,
      // 3600 / 60 = 60 working days after Wed 18 March
      runOut: { kind: 'date', day: '2026-06-10', workingDays: 60 },
      // % complete 20 % > 10 %: 40h / 0.2
      eac: 12_000,
      eacBasis: 'percent-complete',
      remainingScope: 4800,
      endDay: '2026-05-29',
    });
    expect(health.percentComplete).toEqual({ basis: 'scope', value: { num: 1200, den: 6000 } });
  });

  it('is red on EAC and lists the amber gap rule too', () => {
    const health = healthOf({ project, entries });
    expect(health.status).toBe('red');
    expect(health.reasons.map((reason) => reason.text)).toEqual([
      'The estimate at completion, 200h, is 200% of the 100h baseline: more than 110%.',
      '40% of the budget is spent but only 20% of the work is done: 20 points apart, more than 10.',
    ]);
  });
});

describe('fixed fee in money, with expenses and mixed rate snapshots', () => {
  const project = makeProject({
    billing: 'fixed_fee',
    budgetAmount: 1_000_000,
    defaultRate: 12_000,
    endDay: '2026-04-30',
    scopeItems: [
      { title: 'Concept', estimateMinutes: 600, status: 'done' },
      { title: 'Design', estimateMinutes: 600, status: 'done' },
      { title: 'Build', estimateMinutes: 1200, status: 'in_scope' },
    ],
  });
  const entries = [
    entry('2026-02-02', 600, 10_000), // €1,000.00 at the old rate
    entry('2026-02-03', 600, 12_000), // €1,200.00 at the new one
    entry('2026-02-04', 7, 12_345), // 7 × 123.45 / 60 = 14.4025 → €14.40
    ...windowEntries(90, 12_000), // 10 × €180.00 in the window
  ];
  const expenses = [expense('2026-02-05', 25_000), expense('2026-03-10', 5_000)];

  it('spends Σ minutes × rate snapshot + Σ expenses', () => {
    const health = healthOf({ project, entries, expenses });
    expect(health.measures.map((measure) => measure.measure)).toEqual(['money']);
    expect(health.primary).toMatchObject({
      currency: 'EUR',
      baseline: 1_000_000,
      // 100,000 + 120,000 + 1,440 + 180,000 + 25,000 + 5,000
      spent: 431_440,
      remaining: 568_560,
      // the window holds 180,000 of time and a 5,000 expense
      windowSpent: 185_000,
      burnRate: 18_500,
      // ceil(568,560 / 18,500) = 31 working days: Thu 30 April, the end date itself
      runOut: { kind: 'date', day: '2026-04-30', workingDays: 31 },
      // 50 % complete: 431,440 / 0.5
      eac: 862_880,
      // 20h still to build at €120.00
      remainingScope: 240_000,
    });
  });

  it('is green when it runs out on the end date, and says what it looked at', () => {
    const health = healthOf({ project, entries, expenses });
    expect(health.status).toBe('green');
    expect(health.reasons.map((reason) => reason.text)).toEqual([
      'No warning rule fired: 43% of the baseline spent, 50% of the work done, estimate at completion 86% of the baseline.',
    ]);
  });

  it('is amber when that run-out falls a day before the end date', () => {
    const health = healthOf({ project: { ...project, endDay: makeProject({ endDay: '2026-05-01' }).endDay }, entries, expenses });
    expect(health.status).toBe('amber');
    expect(health.reasons.map((reason) => reason.text)).toEqual([
      'At €185.00 a working day the budget runs out on Apr 30, 2026, before the end date, May 1, 2026.',
    ]);
  });
});

describe('a project with budgets in hours and money', () => {
  // 100h and €6,000.00; half the scope done; 40h logged at two rates: 20h × €100 + 20h × €150
  const project = makeProject({ budgetMinutes: 6000, budgetAmount: 600_000, scopeItems: scope100h(50) });
  const entries = [entry('2026-02-02', 1200, 10_000), entry('2026-02-03', 1200, 15_000)];

  it('measures both and takes its status from the worse one', () => {
    const health = healthOf({ project, entries });
    const [money, hours] = health.measures;
    expect(hours).toMatchObject({ spent: 2400, eac: 4800, status: 'green' });
    expect(money).toMatchObject({ spent: 500_000, eac: 1_000_000, status: 'red', runOut: { kind: 'no-burn' } });
    expect(health.primary).toBe(money);
    expect(health.status).toBe('red');
    expect(health.reasons.map((reason) => reason.text)).toEqual([
      'The estimate at completion, €10,000.00, is 167% of the €6,000.00 baseline: more than 110%.',
      '83% of the budget is spent but only 50% of the work is done: 33 points apart, more than 25.',
    ]);
  });

  it('on a tie takes the measure with the higher % spent', () => {
    // 60 % done; €3,000 of €6,000 (50 %, EAC 83 %) against 40h of 100h (40 %) or of 75h (53 %, EAC 89 %)
    const cheap = [entry('2026-02-02', 1200, 7_500), entry('2026-02-03', 1200, 7_500)];
    const both = (budgetMinutes: number) => makeProject({ budgetMinutes, budgetAmount: 600_000, scopeItems: scope100h(60) });
    const moneyAhead = healthOf({ project: both(6000), entries: cheap });
    expect(moneyAhead.measures.map((measure) => measure.status)).toEqual(['green', 'green']);
    expect(moneyAhead.primary?.measure).toBe('money');
    const hoursAhead = healthOf({ project: both(4500), entries: cheap });
    expect(hoursAhead.measures.map((measure) => measure.status)).toEqual(['green', 'green']);
    expect(hoursAhead.primary?.measure).toBe('hours');
  });
});

describe('non-billable work', () => {
  it('is measured in hours only, whatever amount is set', () => {
    const project = makeProject({ billing: 'non_billable', budgetMinutes: 1200, budgetAmount: 50_000, defaultRate: 0 });
    const health = healthOf({ project, entries: [entry('2026-02-02', 600, 0)] });
    expect(health.measures.map((measure) => measure.measure)).toEqual(['hours']);
    expect(health.percentComplete).toEqual({ basis: 'unknown', why: 'no-scope-or-milestones' });
    expect(health.reasons.map((reason) => reason.text)).toEqual([
      'No warning rule fired: 50% of the baseline spent, % complete unknown, estimate at completion 50% of the baseline.',
    ]);
  });

  it('has no budget without budget hours', () => {
    const health = healthOf({
      project: makeProject({ billing: 'non_billable', budgetAmount: 50_000 }),
      entries: [entry('2026-02-02', 600, 0)],
    });
    expect(health).toMatchObject({
      measures: [],
      primary: null,
      status: 'none',
      reasons: [{ rule: 'no-budget', short: 'Set budget hours or an amount' }],
    });
  });
});
