import { describe, expect, it } from 'vitest';
import { onBudget, resources, tasksKnown, timeline } from '../../../../src/renderer/src/domain/health-check/pm-rules';
import { CONTEXT, day, healthWith, makeProject, pmContext, projectFacts, task, workload } from './fixtures';

const milestone = (id: string, due: string, doneAt?: string) => ({ id, name: `M${id}`, due, ...(doneAt ? { doneAt } : {}) });

describe('timeline: milestones with dates, none overdue', () => {
  it('yes with milestones and none overdue, naming the next one', () => {
    const result = timeline(
      projectFacts({ milestones: [milestone('1', '2026-03-01', '2026-03-02'), milestone('2', '2026-03-18')] }),
      CONTEXT,
    );
    expect(result).toMatchObject({ question: 'timeline', answer: 'yes', subjectName: 'WEB Website' });
    expect(result.evidence).toBe('2 milestones, none overdue; next: M2 on Mar 18, 2026.');
    expect(result.link).toEqual({ screen: 'projects', id: 'p1', label: 'project' });
  });
  it('no when a milestone due yesterday is not done', () => {
    const result = timeline(projectFacts({ milestones: [milestone('1', '2026-03-17'), milestone('2', '2026-04-01')] }), CONTEXT);
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe('1 milestone overdue: M1 was due Mar 17, 2026.');
  });
  it('no when the end date has passed', () => {
    const result = timeline(
      projectFacts({ startDay: '2026-01-01', endDay: '2026-03-17', milestones: [milestone('1', '2026-03-01', '2026-03-01')] }),
      CONTEXT,
    );
    expect(result.answer).toBe('no');
  });
  it('no without milestones or an end date', () => {
    expect(timeline(projectFacts(), CONTEXT)).toMatchObject({ answer: 'no', evidence: 'No milestones and no end date.' });
  });
  it('unknown with an end date but no milestones, and for a retainer', () => {
    expect(timeline(projectFacts({ endDay: '2026-05-01' }), CONTEXT).answer).toBe('unknown');
    const retainer = projectFacts({ billing: 'retainer', retainer: { allowanceMinutesPerMonth: 1200 } });
    expect(timeline(retainer, CONTEXT).answer).toBe('unknown');
  });
});

describe('tasks: every open task has someone assigned and a due date', () => {
  it('yes when all have both (me or a known teammate)', () => {
    const result = tasksKnown(projectFacts({}, { openTasks: [task('a'), task('b', { assignee: 't1' })] }), pmContext());
    expect(result.answer).toBe('yes');
    expect(result.evidence).toBe('All 2 open tasks have someone assigned and a due date.');
    expect(result.link).toEqual({ screen: 'tasks', id: 'p1', label: 'tasks' });
  });
  it('no when one has no due date or an assignee who no longer exists', () => {
    const result = tasksKnown(
      projectFacts(
        {},
        { openTasks: [task('a', { due: undefined, title: 'Copy' }), task('b', { assignee: 'gone', title: 'QA' }), task('c')] },
      ),
      pmContext(),
    );
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe('3 open tasks: 1 without a due date, 1 assigned to nobody (“Copy” and “QA”).');
  });
  it('unknown without open tasks', () => {
    expect(tasksKnown(projectFacts(), pmContext()).answer).toBe('unknown');
  });
});

describe('on budget: a budget set and budget health green', () => {
  const reason = {
    rule: 'over-baseline' as const,
    level: 'red' as const,
    text: 'Spent 110h of a 100h baseline.',
    short: 'Over baseline',
  };
  it('yes when green, linking to the budget view', () => {
    const green = { rule: 'on-track' as const, level: 'green' as const, text: 'No warning rule fired.', short: 'On track' };
    const result = onBudget(projectFacts({}, { health: healthWith(makeProject(), 'green', [green]) }));
    expect(result).toMatchObject({ answer: 'yes', evidence: 'Green: No warning rule fired.' });
    expect(result.link).toEqual({ screen: 'budgets', id: 'p1', label: 'budget view' });
  });
  it('no when red or amber, naming every rule that fired', () => {
    const project = makeProject();
    const eac = {
      rule: 'eac-over-110' as const,
      level: 'red' as const,
      text: 'The estimate is 120%.',
      short: 'EAC 120% of baseline',
    };
    const result = onBudget(projectFacts({}, { health: healthWith(project, 'red', [reason, eac]) }));
    expect(result).toMatchObject({ answer: 'no', evidence: 'Red: Over baseline; EAC 120% of baseline.' });
    expect(onBudget(projectFacts({}, { health: healthWith(project, 'amber') })).answer).toBe('no');
  });
  it('no without a budget', () => {
    const bare = makeProject({ budgetMinutes: undefined });
    expect(onBudget(projectFacts({ budgetMinutes: undefined }, { health: healthWith(bare, 'none') })).answer).toBe('no');
  });
  it('unknown with a budget but nothing logged yet', () => {
    expect(onBudget(projectFacts({}, { loggedCount: 0 })).answer).toBe('unknown');
  });
});

describe('resources: time planned in the next two weeks, within the work hours', () => {
  it('yes with time planned and all planned time within capacity (exactly full)', () => {
    const result = resources(projectFacts(), pmContext({ workload: workload(600, 4200) }));
    expect(result.answer).toBe('yes');
    expect(result.evidence).toBe('10h planned for it by Mar 31, 2026; 80h planned against 80h of work hours.');
    expect(result.link).toEqual({ screen: 'planner', id: '2026-03-18', label: 'planner' });
  });
  it('no when the plan is over capacity by a minute', () => {
    const result = resources(projectFacts(), pmContext({ workload: workload(600, 4201) }));
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe(
      'Next two weeks: 80h 1m planned against 80h of work hours, so something gives (10h of it for this project).',
    );
  });
  it('no when tasks are due in the window but nothing is planned for it', () => {
    const result = resources(projectFacts({}, { openTasks: [task('a', { due: day('2026-03-31') })] }), pmContext());
    expect(result).toMatchObject({ answer: 'no', evidence: '1 open task due by Mar 31, 2026, but no time planned for it.' });
  });
  it('unknown with nothing planned and nothing due in the window', () => {
    const later = task('a', { due: day('2026-04-01') });
    expect(resources(projectFacts({}, { openTasks: [later] }), pmContext({ workload: workload(0, 5000) })).answer).toBe(
      'unknown',
    );
  });
});
