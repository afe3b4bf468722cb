import { describe, expect, it } from 'vitest';
import { buildUpdateDraft } from '../../../../src/renderer/src/domain/updates/draft-model';
import { defaultPeriod, nextWindow } from '../../../../src/renderer/src/domain/updates/period';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { ACME, PERIOD, TODAY, agencyInput, project, rollups, task } from './fixtures';

// The draft model section by section on the fixture agency (fixtures.ts explains every figure).

const model = () => buildUpdateDraft(agencyInput());
const day = toDayKey;

describe('update period', () => {
  it('defaults to the last 7 days up to today and looks 7 days ahead from today', () => {
    expect(defaultPeriod(TODAY)).toEqual({ start: '2026-03-12', end: '2026-03-18' });
    expect(nextWindow(TODAY)).toEqual({ start: '2026-03-18', end: '2026-03-24' });
    expect(defaultPeriod(day('2026-03-03'))).toEqual({ start: '2026-02-25', end: '2026-03-03' });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => buildUpdateDraft(agencyInput({ period: { start: day('2026-03-18'), end: day('2026-03-12') } }))).toThrow(RangeError);
  });
});

describe('draft model', () => {
  it('names the client and the period', () => {
    const draft = model();
    expect(draft).toMatchObject({ clientId: 'acme', clientName: 'Acme', currency: 'EUR', period: PERIOD, today: TODAY, next: { start: '2026-03-18', end: '2026-03-24' } });
  });

  it('done: tasks and milestones finished in the period, and scope progress of projects worked on', () => {
    expect(model().done).toEqual([
      { projectId: 'pit', projectName: 'Pitch', tasks: [], milestones: [{ name: 'Pitch delivered', day: '2026-03-14' }], scope: null },
      { projectId: 'sup', projectName: 'Support', tasks: [{ title: 'Monthly report', day: '2026-03-18' }], milestones: [], scope: null },
      {
        projectId: 'web',
        projectName: 'Website',
        // "Legacy import" has no done date: it counts because it was due in the period; "Old
        // cleanup" has neither and "Contact form" was done before the period
        tasks: [
          { title: 'Legacy import', day: '2026-03-12' },
          { title: 'Home page build', day: '2026-03-16' },
        ],
        milestones: [{ name: 'Design sign-off', day: '2026-03-13' }],
        scope: { done: 1, total: 2 },
      },
    ]);
  });

  it('next: open tasks and milestones due within 7 days (overdue ones flagged), meetings and booked time', () => {
    expect(model().upcoming).toEqual([
      {
        projectId: 'web',
        projectName: 'Website',
        tasks: [
          { title: 'Fix the *footer*', due: '2026-03-10', overdue: true },
          { title: 'Blog templates', due: '2026-03-20', overdue: false },
        ],
        milestones: [{ name: 'Beta', due: '2026-03-20', overdue: false }],
        // 19 Mar deep work 150m + meeting 60m, 23 Mar client time 60m (counted, not listed: only
        // meetings are); the break, the block after the window, yesterday's meeting and Globex's
        // call do not count
        plannedMinutes: 270,
        plannedDays: 2,
        meetings: [{ title: 'Design review', day: '2026-03-19', kind: 'meeting' }],
      },
    ]);
  });

  it('hours and budget: this period, to date, what remains, and retainer hours this cycle', () => {
    expect(model().budgets).toEqual([
      {
        projectId: 'brd',
        projectName: 'Brand book',
        billing: 'fixed_fee',
        status: 'green',
        periodMinutes: 0,
        periodAmount: 0,
        toDateMinutes: 600,
        toDateAmount: 100_000,
        measures: [{ measure: 'money', spent: 100_000, baseline: 500_000, remaining: 400_000 }],
        retainer: null,
      },
      {
        projectId: 'pit',
        projectName: 'Pitch',
        billing: 'non_billable',
        status: 'none',
        periodMinutes: 0,
        periodAmount: 0,
        toDateMinutes: 0,
        toDateAmount: 0,
        measures: [],
        retainer: null,
      },
      {
        projectId: 'sup',
        projectName: 'Support',
        billing: 'retainer',
        status: 'green',
        periodMinutes: 90,
        periodAmount: 15_000,
        toDateMinutes: 270,
        toDateAmount: 45_000,
        measures: [],
        retainer: { start: '2026-03-01', end: '2026-03-31', available: 600, used: 270, remaining: 330 },
      },
      {
        projectId: 'web',
        projectName: 'Website',
        billing: 'time_and_materials',
        status: 'red',
        // 2h on each of the 5 working days 12–18 March; €1,000 of time and a €50 expense
        periodMinutes: 600,
        periodAmount: 105_000,
        toDateMinutes: 4200,
        toDateAmount: 705_000,
        measures: [{ measure: 'hours', spent: 4200, baseline: 6000, remaining: 1800 }],
        retainer: null,
      },
    ]);
  });

  it('risks: amber and red reasons in plain words, red first', () => {
    expect(model().risks).toEqual([
      {
        projectId: 'web',
        projectName: 'Website',
        level: 'red',
        rule: 'eac-over-110',
        text: 'At the current rate Website will need about 116h 40m in total, more than its 100h budget.',
      },
      {
        projectId: 'web',
        projectName: 'Website',
        level: 'amber',
        rule: 'runs-out-before-end',
        text: 'At the current pace the budget for Website will run out around Apr 8, 2026, before the planned end on Apr 17, 2026.',
      },
    ]);
  });

  it('decisions: tasks waiting on the client, then change requests asked or estimated, oldest first', () => {
    const ref = { projectId: 'web', projectName: 'Website' };
    expect(model().decisions).toEqual([
      { ...ref, kind: 'waiting-task', title: 'Send logo files', due: '2026-03-19' },
      { ...ref, kind: 'waiting-task', title: 'Brief for photos', due: null },
      { ...ref, kind: 'change-request', title: 'Extra landing page', status: 'estimated', askedAt: '2026-03-02', estimateMinutes: 1200, amount: 200_000 },
      { ...ref, kind: 'change-request', title: 'Newsletter sign-up', status: 'asked', askedAt: '2026-03-16', estimateMinutes: 0, amount: 0 },
    ]);
  });

  it('leaves out finished projects with nothing to say and projects of other clients', () => {
    const ids = model().budgets.map((budget) => budget.projectId);
    expect(ids).not.toContain('old');
    expect(ids).not.toContain('glx');
  });

  it('includes a finished project again when time was logged on it in the period', () => {
    const late = project({ id: 'late', name: 'Late fixes', code: 'LATE', status: 'done', archived: true });
    const draft = buildUpdateDraft(agencyInput({ projects: [{ project: late, tasks: [], ...rollups({ '2026-03-13': 45 }) }] }));
    expect(draft.budgets.map((budget) => [budget.projectId, budget.periodMinutes])).toEqual([['late', 45]]);
    // worked on but no scope and nothing finished: nothing to list under "done"
    expect(draft.done).toEqual([]);
  });

  it('a retainer over its hours this cycle is a red risk in words about the cycle', () => {
    const retainer = project({
      id: 'ret',
      name: 'Care plan',
      code: 'CARE',
      billing: 'retainer',
      startDay: '2026-01-01',
      retainer: { allowanceMinutesPerMonth: 300, rollover: false, cycleStartDay: 1 },
    });
    const draft = buildUpdateDraft(agencyInput({ projects: [{ project: retainer, tasks: [task('ret', 'Updates', { status: 'waiting' })], ...rollups({ '2026-03-03': 240, '2026-03-16': 120 }) }] }));
    expect(draft.budgets[0]?.retainer).toEqual({ start: '2026-03-01', end: '2026-03-31', available: 300, used: 360, remaining: -60 });
    expect(draft.risks).toEqual([
      { projectId: 'ret', projectName: 'Care plan', level: 'red', rule: 'over-baseline', text: 'Care plan has used 6h of this cycle’s 5h: 1h over.' },
    ]);
    expect(draft.decisions).toHaveLength(1);
  });

  it('a project whose spend runs ahead of its progress says both shares', () => {
    const site = project({
      id: 'ahead',
      name: 'Intranet',
      code: 'INTRA',
      budgetMinutes: 6000,
      scopeItems: [
        { title: 'Done', estimateMinutes: 1000, status: 'done' },
        { title: 'Open', estimateMinutes: 9000, status: 'in_scope' },
      ],
    });
    // 30h of 100h used, 10 % of the work done: 20 points apart (amber). 10 % is not above 10 %,
    // so EAC = spent + remaining scope = 30h + 150h = 180h (red)
    const draft = buildUpdateDraft(agencyInput({ client: ACME, projects: [{ project: site, tasks: [], ...rollups({ '2026-01-15': 1800 }) }] }));
    expect(draft.risks.map((risk) => [risk.level, risk.text])).toEqual([
      ['red', 'At the current rate Intranet will need about 180h in total, more than its 100h budget.'],
      ['amber', 'Intranet has used 30% of its budget with about 10% of the work done.'],
    ]);
  });
});
