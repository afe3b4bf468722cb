import { describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../../../src/renderer/src/domain/model/project';
import { block, entry, healthOf, makeProject, windowEntries } from './fixtures';

// The edges of the budget rules (docs/product.md, "Budgets": no budget, nothing spent, zero burn, no
// scope, over budget, not started, end date passed), and change requests approved mid-way, through budgetHealth.
// Today is Wed 2026-03-18; the burn window is Thu 5 … Wed 18 March, 10 working days.

const scope100h = (doneHours: number): ProjectInput['scopeItems'] => [
  { title: 'Done work', estimateMinutes: doneHours * 60, status: 'done' },
  { title: 'Open work', estimateMinutes: (100 - doneHours) * 60, status: 'in_scope' },
];

describe('edges', () => {
  it('no budget: status none, said so', () => {
    const health = healthOf({ project: makeProject({ scopeItems: scope100h(10) }), entries: windowEntries(60) });
    expect(health.status).toBe('none');
    expect(health.reasons[0]?.text).toBe('No budget: set budget hours or an amount on the project to measure it against.');
  });

  it('nothing spent: EAC is the scope still to do', () => {
    const project = makeProject({ budgetMinutes: 6000, startDay: '2026-03-01', endDay: '2026-05-29', scopeItems: scope100h(0) });
    const health = healthOf({ project });
    expect(health.primary).toMatchObject({
      spent: 0,
      percentSpent: { num: 0, den: 6000 },
      burnRate: 0,
      runOut: { kind: 'no-burn' },
      eac: 6000,
      eacBasis: 'remaining-scope',
    });
    expect(health.status).toBe('green');
  });

  it('zero burn: nothing in the window, so no run-out date and no run-out rule', () => {
    const project = makeProject({ budgetMinutes: 6000, endDay: '2026-03-20' });
    const health = healthOf({ project, entries: [entry('2026-02-02', 1200), entry('2026-02-03', 600)] });
    expect(health.primary).toMatchObject({ spent: 1800, windowSpent: 0, burnRate: 0, runOut: { kind: 'no-burn' } });
    expect(health.status).toBe('green');
  });

  it('no scope and no milestones: % complete unknown, EAC = spent, the run-out rule still works', () => {
    // 50h spent, all in the window (5h a working day); 50h left = 10 working days: Wed 1 April
    const project = makeProject({ budgetMinutes: 6000, endDay: '2026-04-15' });
    const health = healthOf({ project, entries: windowEntries(300) });
    expect(health.percentComplete).toEqual({ basis: 'unknown', why: 'no-scope-or-milestones' });
    expect(health.primary).toMatchObject({
      eac: 3000,
      eacBasis: 'remaining-scope',
      runOut: { kind: 'date', day: '2026-04-01', workingDays: 10 },
    });
    expect(health.reasons.map((reason) => reason.text)).toEqual([
      'At 5h a working day the budget runs out on Apr 1, 2026, before the end date, Apr 15, 2026.',
    ]);
    expect(
      healthOf({ project: { ...project, endDay: makeProject({ endDay: '2026-03-31' }).endDay }, entries: windowEntries(300) })
        .status,
    ).toBe('green');
  });

  it('over budget: red, by how much, with its EAC', () => {
    const health = healthOf({ project: makeProject({ budgetMinutes: 6000, endDay: '2026-05-29' }), entries: windowEntries(660) });
    expect(health.primary).toMatchObject({ spent: 6600, remaining: -600, runOut: { kind: 'used-up' } });
    expect(health.reasons.map((reason) => [reason.level, reason.text])).toEqual([
      ['red', 'Spent 110h is over the 100h baseline by 10h.'],
      ['amber', 'The estimate at completion, 110h, is 110% of the 100h baseline: more than 100%.'],
    ]);
  });

  it('not started: nothing spent, but scope bigger than the budget is already red', () => {
    const project = makeProject({
      status: 'planned',
      budgetMinutes: 3000,
      startDay: '2026-04-01',
      endDay: '2026-06-30',
      scopeItems: [{ title: 'Everything', estimateMinutes: 3600, status: 'in_scope' }],
    });
    const health = healthOf({ project });
    expect(health.primary).toMatchObject({ spent: 0, eac: 3600, runOut: { kind: 'no-burn' } });
    expect(health.reasons.map((reason) => reason.text)).toEqual([
      'The estimate at completion, 60h, is 120% of the 50h baseline: more than 110%.',
    ]);
  });

  it('end date passed: the run-out rule cannot fire, the EAC rule still does', () => {
    // 80h spent (20h in the window); 3 of 4 milestones done → EAC 80h / 0.75 = 106h 40m
    const project = makeProject({
      budgetMinutes: 6000,
      startDay: '2025-12-01',
      endDay: '2026-03-01',
      milestones: [
        { name: 'One', due: '2026-01-01', doneAt: '2026-01-01' },
        { name: 'Two', due: '2026-02-01', doneAt: '2026-02-01' },
        { name: 'Three', due: '2026-02-20', doneAt: '2026-02-20' },
        { name: 'Four', due: '2026-03-01' },
      ],
    });
    const entries = [...[2, 3, 4, 5, 6].map((d) => entry(`2026-02-0${d}`, 720)), ...windowEntries(120)];
    const health = healthOf({ project, entries });
    expect(health.primary).toMatchObject({ spent: 4800, eac: 6400, runOut: { kind: 'date', day: '2026-04-01' } });
    expect(health.reasons.map((reason) => reason.text)).toEqual([
      'The estimate at completion, 106h 40m, is 107% of the 100h baseline: more than 100%.',
    ]);
  });
});

describe('a change request approved mid-way', () => {
  // 100h budget, 60h of 100h scope done, 70h spent (20h in the window: 2h a working day), ends Fri 17 April
  const changeRequests = (status: 'estimated' | 'approved'): ProjectInput['changeRequests'] => [
    {
      title: 'Extra landing page',
      estimateMinutes: 1200,
      amount: 200_000,
      status,
      askedAt: '2026-02-10',
      ...(status === 'approved' ? { decidedAt: '2026-02-15', decidedBy: 'Ana' } : {}),
    },
    {
      title: 'Chat widget',
      estimateMinutes: 600,
      amount: 100_000,
      status: 'declined',
      askedAt: '2026-02-01',
      decidedAt: '2026-02-03',
    },
  ];
  const entries = [entry('2026-02-02', 1200), entry('2026-02-03', 1200), entry('2026-02-04', 600), ...windowEntries(120)];
  const projectWith = (status: 'estimated' | 'approved') =>
    makeProject({ budgetMinutes: 6000, endDay: '2026-04-17', scopeItems: scope100h(60), changeRequests: changeRequests(status) });

  it('before approval: red on EAC, amber on run-out; exactly 10 points apart does not count', () => {
    const health = healthOf({ project: projectWith('estimated'), entries });
    // EAC 70h / 0.6 = 116h 40m; 30h left at 2h a day = 15 working days: Wed 8 April
    expect(health.primary).toMatchObject({
      baseline: 6000,
      approvedChanges: 0,
      eac: 7000,
      runOut: { kind: 'date', day: '2026-04-08' },
    });
    expect(health.reasons.map((reason) => reason.text)).toEqual([
      'The estimate at completion, 116h 40m, is 117% of the 100h baseline: more than 110%.',
      'At 2h a working day the budget runs out on Apr 8, 2026, before the end date, Apr 17, 2026.',
    ]);
  });

  it('after approval: the baseline moves by its estimate and the status turns green', () => {
    const health = healthOf({ project: projectWith('approved'), entries });
    // baseline 120h; EAC 116h 40m = 97 %; 50h left = 25 working days: Wed 22 April, after the end
    expect(health.primary).toMatchObject({
      budget: 6000,
      approvedChanges: 1200,
      baseline: 7200,
      eac: 7000,
      runOut: { kind: 'date', day: '2026-04-22' },
    });
    expect(health.status).toBe('green');
  });
});

describe('planned spend from the calendar', () => {
  const project = makeProject({ budgetMinutes: 6000, budgetAmount: 600_000, defaultRate: 12_000 });
  const blocks = [
    block('2026-03-17', 540, 660), // yesterday: not planned any more
    block('2026-03-18', 540, 660), // today 9:00–11:00
    block('2026-03-18', 720, 780, 'break'),
    block('2026-03-20', 780, 870), // 13:00–14:30
    block('2026-03-25', 600, 660),
  ];

  it('counts blocks from today on at the project rate, and finds the day they use up the rest', () => {
    // 97h 30m spent: 2h 30m left
    const health = healthOf({
      project,
      entries: [...[2, 3, 4, 5].map((d) => entry(`2026-02-0${d}`, 1440)), entry('2026-02-09', 90)],
      blocks,
    });
    const [money, hours] = health.measures;
    expect(hours).toMatchObject({ planned: 270, remaining: 150, plannedRunOutDay: '2026-03-20' });
    // 2h × €120 + 1h 30m × €120 + 1h × €120
    expect(money).toMatchObject({ planned: 54_000, plannedRunOutDay: null });
  });
});
