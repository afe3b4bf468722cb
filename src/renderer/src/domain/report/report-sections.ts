import type { Project } from '../model/project';
import { addDays } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import type {
  ReportChange,
  ReportDecision,
  ReportDone,
  ReportMilestone,
  ReportNext,
  ReportPeriod,
  ReportProjectInput,
} from './report-types';

// The narrative sections of one project's report, from its records. Pure; the period's days are
// both included.

/** At most this many notes in "what was done" and tasks in "what is next": a page, not a log. */
export const MAX_WORK_NOTES = 8;
export const MAX_NEXT_TASKS = 10;

const inPeriod = (day: DayKey | null | undefined, period: ReportPeriod): day is DayKey =>
  day !== null && day !== undefined && day >= period.from && day <= period.to;

const byDay =
  <T>(dayOf: (item: T) => DayKey | null, tie: (item: T) => string) =>
  (a: T, b: T) => {
    const left = dayOf(a) ?? '9999-99-99';
    const right = dayOf(b) ?? '9999-99-99';
    return left < right ? -1 : left > right ? 1 : tie(a).localeCompare(tie(b));
  };

/** Every milestone in due order: done, overdue (due before the generated day), or upcoming. */
export function milestonesOf(project: Pick<Project, 'milestones'>, generatedOn: DayKey): ReportMilestone[] {
  return project.milestones
    .map((milestone): ReportMilestone => ({
      name: milestone.name,
      due: milestone.due,
      doneAt: milestone.doneAt ?? null,
      state: milestone.doneAt ? 'done' : milestone.due < generatedOn ? 'overdue' : 'upcoming',
    }))
    .sort(
      byDay(
        (milestone) => milestone.due,
        (milestone) => milestone.name,
      ),
    );
}

/** Milestones reached and tasks finished in the period, and the logged time grouped by note. */
export function doneIn(input: ReportProjectInput, period: ReportPeriod): ReportDone {
  const milestones = input.project.milestones
    .flatMap((milestone) => (inPeriod(milestone.doneAt, period) ? [{ name: milestone.name, day: milestone.doneAt }] : []))
    .sort(
      byDay(
        (item) => item.day,
        (item) => item.name,
      ),
    );
  const tasks = input.tasks
    .flatMap((task) => (task.status === 'done' && inPeriod(task.doneAt, period) ? [{ title: task.title, day: task.doneAt }] : []))
    .sort(
      byDay(
        (item) => item.day,
        (item) => item.title,
      ),
    );

  const byNote = new Map<string, number>();
  let minutes = 0;
  for (const entry of input.entries) {
    if (!inPeriod(entry.day, period)) continue;
    minutes += entry.minutes;
    const note = entry.note.trim();
    if (note !== '') byNote.set(note, (byNote.get(note) ?? 0) + entry.minutes);
  }
  const work = [...byNote.entries()]
    .map(([note, noteMinutes]) => ({ note, minutes: noteMinutes }))
    .sort((a, b) => b.minutes - a.minutes || a.note.localeCompare(b.note));
  return { minutes, milestones, tasks, work: work.slice(0, MAX_WORK_NOTES), moreWork: Math.max(0, work.length - MAX_WORK_NOTES) };
}

/**
 * What comes after the period, up to `nextDays` after its last day: milestones not yet reached
 * (overdue ones too), open tasks due by then or already in progress (not those waiting on the
 * client: they are decisions), and the work blocks on the calendar from the generated day on.
 */
export function nextAfter(input: ReportProjectInput, period: ReportPeriod, generatedOn: DayKey, nextDays: number): ReportNext {
  const until = addDays(period.to, nextDays);
  const milestones = input.project.milestones
    .filter((milestone) => !milestone.doneAt && milestone.due <= until)
    .map((milestone) => ({ name: milestone.name, due: milestone.due, overdue: milestone.due < generatedOn }))
    .sort(
      byDay(
        (item) => item.due,
        (item) => item.name,
      ),
    );
  const open = input.tasks
    .filter(
      (task) =>
        (task.status === 'todo' || task.status === 'doing') &&
        (task.status === 'doing' || (task.due !== undefined && task.due <= until)),
    )
    .map((task) => ({ title: task.title, due: task.due ?? null, overdue: task.due !== undefined && task.due < generatedOn }))
    .sort(
      byDay(
        (item) => item.due,
        (item) => item.title,
      ),
    );
  const plannedMinutes = input.blocks
    .filter((block) => block.kind !== 'break' && block.day >= generatedOn && block.day <= until)
    .reduce((sum, block) => sum + (block.endMinute - block.startMinute), 0);
  return {
    until,
    milestones,
    tasks: open.slice(0, MAX_NEXT_TASKS),
    moreTasks: Math.max(0, open.length - MAX_NEXT_TASKS),
    plannedMinutes,
  };
}

/** Every change request in the order it was asked: what was said yes and no to. */
export function changeRequestsOf(project: Pick<Project, 'changeRequests'>): ReportChange[] {
  return project.changeRequests
    .map((request): ReportChange => ({
      title: request.title,
      status: request.status,
      estimateMinutes: request.estimateMinutes,
      amount: request.amount,
      askedAt: request.askedAt,
      decidedAt: request.decidedAt ?? null,
      decidedBy: request.decidedBy ? request.decidedBy : null,
    }))
    .sort(
      byDay(
        (request) => request.askedAt,
        (request) => request.title,
      ),
    );
}

/**
 * What the client owes: tasks waiting on them, then estimated change requests awaiting their yes
 * or no (one only asked for is still ours to estimate).
 */
export function decisionsOf(input: ReportProjectInput): ReportDecision[] {
  const tasks = input.tasks
    .filter((task) => task.status === 'waiting')
    .map((task): ReportDecision => ({ kind: 'task', title: task.title, due: task.due ?? null, notes: task.notes.trim() }))
    .sort(
      byDay(
        (item) => (item.kind === 'task' ? item.due : null),
        (item) => item.title,
      ),
    );
  const changes = changeRequestsOf(input.project)
    .filter((request) => request.status === 'estimated')
    .map((request): ReportDecision => ({
      kind: 'change-request',
      title: request.title,
      askedAt: request.askedAt,
      estimateMinutes: request.estimateMinutes,
      amount: request.amount,
    }));
  return [...tasks, ...changes];
}
