import type { BudgetHealth, DayFigures } from '../budget/types';
import type { Project } from '../model/project';
import type { Task } from '../model/task';
import type { TimeBlock } from '../model/time-block';
import type { DayKey } from '../time/day-key';
import type { Decision, ProjectBudget, ProjectDone, ProjectNext, ProjectRef, UpdateProjectSource } from './draft-types';
import { inRange } from './period';
import type { DayRange } from './period';

// One project's part of each section. "Finished in the period":
// - a task: status done and `doneAt` (kept by the tasks repository) in the period; a done task
//   without doneAt (finished before it was recorded) counts when it was due in the period;
// - a milestone: doneAt in the period;
// - scope items carry no completion date, so the draft cannot say which were finished in the
//   period: it reports scope progress so far (done of not dropped) instead of claiming them.

const byDay = <T extends { day: DayKey }>(a: T, b: T) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0);

export function refOf(project: Project): ProjectRef {
  return { projectId: project.id, projectName: project.name };
}

export function finishedOn(task: Task, period: DayRange): DayKey | null {
  if (task.status !== 'done') return null;
  const day = task.doneAt ?? task.due;
  return inRange(day, period) && day ? day : null;
}

export function doneOf(project: Project, tasks: readonly Task[], period: DayRange): ProjectDone {
  const doneTasks = tasks.flatMap((task) => {
    const day = finishedOn(task, period);
    return day ? [{ title: task.title, day }] : [];
  });
  const milestones = project.milestones.flatMap((milestone) =>
    milestone.doneAt && inRange(milestone.doneAt, period) ? [{ name: milestone.name, day: milestone.doneAt }] : [],
  );
  const counted = project.scopeItems.filter((item) => item.status !== 'dropped');
  const scope = counted.length > 0 ? { done: counted.filter((item) => item.status === 'done').length, total: counted.length } : null;
  return { ...refOf(project), tasks: doneTasks.sort(byDay), milestones: milestones.sort(byDay), scope };
}


export function nextOf(project: Project, tasks: readonly Task[], blocks: readonly TimeBlock[], window: DayRange): ProjectNext {
  const today = window.start;
  const dueTasks = tasks
    .filter((task) => (task.status === 'todo' || task.status === 'doing') && task.due !== undefined && task.due <= window.end)
    .map((task) => ({ title: task.title, due: task.due ?? today, overdue: (task.due ?? today) < today }))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const milestones = project.milestones
    .filter((milestone) => !milestone.doneAt && milestone.due <= window.end)
    .map((milestone) => ({ name: milestone.name, due: milestone.due, overdue: milestone.due < today }))
    .sort((a, b) => (a.due < b.due ? -1 : 1));
  const work = blocks.filter((block) => block.projectId === project.id && block.kind !== 'break' && inRange(block.day, window));
  const meetings = work
    // meetings are what a client takes part in; other blocks only add to the time booked
    .filter((block) => block.kind === 'meeting' && block.title.trim() !== '')
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.startMinute - b.startMinute))
    .map((block) => ({ title: block.title, day: block.day, kind: block.kind }));
  return {
    ...refOf(project),
    tasks: dueTasks,
    milestones,
    plannedMinutes: work.reduce((sum, block) => sum + block.endMinute - block.startMinute, 0),
    plannedDays: new Set(work.map((block) => block.day)).size,
    meetings,
  };
}

export function periodFigures(days: readonly DayFigures[], period: DayRange): { minutes: number; amount: number } {
  let minutes = 0;
  let amount = 0;
  for (const row of days) {
    if (!inRange(row.day, period)) continue;
    minutes += row.minutes;
    amount += row.amountMinor + row.expensesMinor;
  }
  return { minutes, amount };
}

export function budgetOf(source: UpdateProjectSource, health: BudgetHealth, period: DayRange): ProjectBudget {
  const { minutes, amount } = periodFigures(source.days, period);
  const cycle = health.retainer?.current ?? null;
  return {
    ...refOf(source.project),
    billing: source.project.billing,
    status: health.status,
    periodMinutes: minutes,
    periodAmount: amount,
    toDateMinutes: source.totals.minutes,
    toDateAmount: source.totals.amountMinor + source.totals.expensesMinor,
    measures: cycle
      ? []
      : health.measures.map((measure) => ({ measure: measure.measure, spent: measure.spent, baseline: measure.baseline, remaining: measure.remaining })),
    retainer: cycle ? { start: cycle.start, end: cycle.end, available: cycle.available, used: cycle.used, remaining: cycle.remaining } : null,
  };
}

/** What the client owes: tasks waiting on them, then change requests asked or estimated (oldest first). */
export function decisionsOf(project: Project, tasks: readonly Task[]): Decision[] {
  const ref = refOf(project);
  const waiting: Decision[] = tasks
    .filter((task) => task.status === 'waiting')
    .map((task) => ({ ...ref, kind: 'waiting-task', title: task.title, due: task.due ?? null }));
  const requests: Decision[] = project.changeRequests
    .filter((request) => request.status === 'asked' || request.status === 'estimated')
    .sort((a, b) => (a.askedAt < b.askedAt ? -1 : a.askedAt > b.askedAt ? 1 : 0))
    .map((request) => ({
      ...ref,
      kind: 'change-request',
      title: request.title,
      status: request.status === 'asked' ? 'asked' : 'estimated',
      askedAt: request.askedAt,
      estimateMinutes: request.estimateMinutes,
      amount: request.amount,
    }));
  return [...waiting, ...requests];
}
