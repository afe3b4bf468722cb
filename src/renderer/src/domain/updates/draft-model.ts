import { budgetHealth } from '../budget/budget-health';
import type { ProjectNext, UpdateDraftInput, UpdateDraftModel, UpdateProjectSource } from './draft-types';
import { budgetOf, decisionsOf, doneOf, nextOf, refOf } from './draft-sections';
import { nextWindow } from './period';
import { risksOf } from './risk-labels';

// A client update drafted from what happened (docs/product.md, "Client updates"). Pure: the caller passes today.
// Which projects take part: every active or on-hold project that is not archived, and any other
// project with something to say (time in the period, work done, work due, a decision owed).
// Budget health is as of today whatever the period; "next" is the 7 days from today.

function hasWork(next: ProjectNext): boolean {
  return next.tasks.length > 0 || next.milestones.length > 0 || next.plannedMinutes > 0;
}

const byName = (a: UpdateProjectSource, b: UpdateProjectSource) =>
  a.project.name.localeCompare(b.project.name) || (a.project.code < b.project.code ? -1 : 1);

export function buildUpdateDraft(input: UpdateDraftInput): UpdateDraftModel {
  if (input.period.end < input.period.start) throw new RangeError('The period ends before it starts');
  const window = nextWindow(input.today);
  const model: UpdateDraftModel = {
    clientId: input.client.id,
    clientName: input.client.name,
    currency: input.client.currency,
    period: input.period,
    next: window,
    today: input.today,
    done: [],
    upcoming: [],
    budgets: [],
    risks: [],
    decisions: [],
  };
  for (const source of [...input.projects].sort(byName)) {
    const { project, tasks } = source;
    if (project.clientId !== input.client.id) continue;
    const blocks = input.blocks.filter((block) => block.projectId === project.id);
    const health = budgetHealth({
      project,
      currency: input.client.currency,
      totals: source.totals,
      days: source.days,
      blocks,
      settings: input.settings,
      today: input.today,
      locale: input.locale,
    });
    const budget = budgetOf(source, health, input.period);
    const done = doneOf(project, tasks, input.period);
    const next = nextOf(project, tasks, blocks, window);
    const decisions = decisionsOf(project, tasks);
    const finished = done.tasks.length > 0 || done.milestones.length > 0;
    const worked = budget.periodMinutes > 0;
    const ongoing = !project.archived && (project.status === 'active' || project.status === 'on_hold');
    if (!ongoing && !worked && !finished && !hasWork(next) && decisions.length === 0) continue;

    // scope progress alone is news only when work went into the project in the period
    if (finished || (worked && done.scope)) model.done.push(done);
    if (hasWork(next)) model.upcoming.push(next);
    model.budgets.push(budget);
    model.risks.push(...risksOf(health, refOf(project), input.locale));
    model.decisions.push(...decisions);
  }
  // red before amber, each in project order
  model.risks.sort((a, b) => (a.level === b.level ? 0 : a.level === 'red' ? -1 : 1));
  return model;
}
