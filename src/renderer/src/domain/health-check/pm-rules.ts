import { formatMinutes } from '../format/format-duration';
import { ASSIGNEE_ME } from '../model/task';
import type { Answer, AskContext, LinkTarget, PmQuestionId, ProjectFacts, QuestionAnswer, Workload } from './types';
import { count, dayText, nameList } from './labels';

// Project management, asked per active project, from the project record, its budget health,
// its open tasks and the plan for the next two weeks.

export interface PmContext extends AskContext {
  workload: Workload;
  /** ids of teammates that exist: a task assigned to anyone else is assigned to nobody */
  teammateIds: ReadonlySet<string>;
}

export type PmRule = (facts: ProjectFacts, context: PmContext) => QuestionAnswer;

export function projectLink(facts: ProjectFacts): LinkTarget {
  return { screen: 'projects', id: facts.project.id, label: 'project' };
}

export function budgetLink(facts: ProjectFacts): LinkTarget {
  return { screen: 'budgets', id: facts.project.id, label: 'budget view' };
}

export function pmAnswer(
  question: PmQuestionId,
  facts: ProjectFacts,
  value: Answer,
  evidence: string,
  link: LinkTarget,
): QuestionAnswer {
  const { project } = facts;
  return { question, subjectId: project.id, subjectName: `${project.code} ${project.name}`, answer: value, evidence, link };
}

export function timeline(facts: ProjectFacts, { today, locale }: AskContext): QuestionAnswer {
  const { project } = facts;
  const link = projectLink(facts);
  const say = (value: Answer, evidence: string) => pmAnswer('timeline', facts, value, evidence, link);
  const overdue = project.milestones.filter((milestone) => !milestone.doneAt && milestone.due < today);
  if (overdue.length > 0) {
    const first = [...overdue].sort((a, b) => (a.due < b.due ? -1 : 1))[0]!;
    return say('no', `${count(overdue.length, 'milestone')} overdue: ${first.name} was due ${dayText(first.due, locale)}.`);
  }
  if (project.endDay && project.endDay < today) {
    return say('no', `The end date ${dayText(project.endDay, locale)} has passed and the project is still active.`);
  }
  const next = project.milestones.filter((milestone) => !milestone.doneAt).sort((a, b) => (a.due < b.due ? -1 : 1))[0];
  if (project.milestones.length > 0) {
    const ahead = next ? `next: ${next.name} on ${dayText(next.due, locale)}` : 'all done';
    return say('yes', `${count(project.milestones.length, 'milestone')}, none overdue; ${ahead}.`);
  }
  if (project.billing === 'retainer') {
    return say('unknown', 'A retainer without milestones: it is measured by its monthly hours, not against a timeline.');
  }
  if (project.endDay) {
    return say('unknown', `Ends ${dayText(project.endDay, locale)}, but no milestones tell whether it is on track.`);
  }
  return say('no', 'No milestones and no end date.');
}

export function tasksKnown(facts: ProjectFacts, { teammateIds }: PmContext): QuestionAnswer {
  const link: LinkTarget = { screen: 'tasks', id: facts.project.id, label: 'tasks' };
  const open = facts.openTasks;
  if (open.length === 0)
    return pmAnswer(
      'tasks',
      facts,
      'unknown',
      'No open tasks listed, so what anyone needs to do is not written down here.',
      link,
    );
  const undated = open.filter((task) => !task.due);
  const unassigned = open.filter((task) => task.assignee !== ASSIGNEE_ME && !teammateIds.has(task.assignee));
  if (undated.length === 0 && unassigned.length === 0) {
    return pmAnswer('tasks', facts, 'yes', `All ${count(open.length, 'open task')} have someone assigned and a due date.`, link);
  }
  const gaps = [
    undated.length > 0 ? `${undated.length} without a due date` : '',
    unassigned.length > 0 ? `${unassigned.length} assigned to nobody` : '',
  ].filter(Boolean);
  const examples = nameList([...new Set([...undated, ...unassigned].map((task) => `“${task.title}”`))]);
  return pmAnswer('tasks', facts, 'no', `${count(open.length, 'open task')}: ${gaps.join(', ')} (${examples}).`, link);
}

export function onBudget(facts: ProjectFacts): QuestionAnswer {
  const { health } = facts;
  const link = budgetLink(facts);
  if (health.status === 'none')
    return pmAnswer('on-budget', facts, 'no', 'No budget set, so there is nothing to measure it against.', link);
  if (facts.loggedCount === 0) {
    return pmAnswer('on-budget', facts, 'unknown', 'A budget is set but nothing is logged yet: too early to tell.', link);
  }
  if (health.status === 'green')
    return pmAnswer('on-budget', facts, 'yes', `Green: ${health.reasons.map((reason) => reason.text).join(' ')}`, link);
  // The short words of every rule that fired; the budget view has the full sentences.
  const word = health.status === 'amber' ? 'Amber' : 'Red';
  return pmAnswer('on-budget', facts, 'no', `${word}: ${health.reasons.map((reason) => reason.short).join('; ')}.`, link);
}

export function resources(facts: ProjectFacts, { workload, locale }: PmContext): QuestionAnswer {
  const link: LinkTarget = { screen: 'planner', id: workload.from, label: 'planner' };
  const say = (value: Answer, evidence: string) => pmAnswer('resources', facts, value, evidence, link);
  const planned = workload.plannedByProject.get(facts.project.id) ?? 0;
  const due = facts.openTasks.filter((task) => task.due !== undefined && task.due <= workload.to);
  const load = `${formatMinutes(workload.plannedMinutes)} planned against ${formatMinutes(workload.capacityMinutes)} of work hours`;
  const until = dayText(workload.to, locale);
  if (planned === 0 && due.length === 0) return say('unknown', `Nothing planned for it and no open task due by ${until}.`);
  if (workload.plannedMinutes > workload.capacityMinutes) {
    return say('no', `Next two weeks: ${load}, so something gives (${formatMinutes(planned)} of it for this project).`);
  }
  if (planned === 0) return say('no', `${count(due.length, 'open task')} due by ${until}, but no time planned for it.`);
  return say('yes', `${formatMinutes(planned)} planned for it by ${until}; ${load}.`);
}
