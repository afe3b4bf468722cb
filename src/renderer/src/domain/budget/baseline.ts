import type { Project } from '../model/project';
import type { ChangeRequest } from '../model/project-parts';
import type { DayKey } from '../time/day-key';
import type { BudgetMeasure } from './types';

// Baseline = budget + approved change requests (docs/product.md, "Spent, baseline, remaining"). A
// change request adds its estimate hours to an hours budget and its amount to a money budget; it moves
// the baseline from the day it was decided (a step on the burn chart).

export function approvedChangeRequests(project: Pick<Project, 'changeRequests'>): ChangeRequest[] {
  return project.changeRequests
    .filter((request) => request.status === 'approved')
    .sort((a, b) => ((a.decidedAt ?? a.askedAt) < (b.decidedAt ?? b.askedAt) ? -1 : 1));
}

/** What an approved change request adds in a measure: minutes or minor units. */
export function changeValue(request: ChangeRequest, measure: BudgetMeasure): number {
  return measure === 'hours' ? request.estimateMinutes : request.amount;
}

/** The day a change request moved the baseline: decided on (approved ones always have it). */
export function changeDay(request: ChangeRequest): DayKey {
  return request.decidedAt ?? request.askedAt;
}

/** The budget of a measure, or null when the project has none in it. */
export function budgetIn(project: Pick<Project, 'budgetMinutes' | 'budgetAmount'>, measure: BudgetMeasure): number | null {
  const value = measure === 'hours' ? project.budgetMinutes : project.budgetAmount;
  return value ?? null;
}

export interface BaselineStep {
  day: DayKey;
  /** what the change added */
  added: number;
  /** the baseline from this day on */
  baseline: number;
  request: ChangeRequest;
}

/** The baseline's history: the budget, then one step per approved change request in day order. */
export function baselineSteps(budget: number, project: Pick<Project, 'changeRequests'>, measure: BudgetMeasure): BaselineStep[] {
  let baseline = budget;
  return approvedChangeRequests(project).map((request) => {
    const added = changeValue(request, measure);
    baseline += added;
    return { day: changeDay(request), added, baseline, request };
  });
}

/** The baseline in force on `day`: the budget plus the changes decided on or before it. */
export function baselineOn(budget: number, steps: readonly BaselineStep[], day: DayKey): number {
  let baseline = budget;
  for (const step of steps) if (step.day <= day) baseline = step.baseline;
  return baseline;
}
