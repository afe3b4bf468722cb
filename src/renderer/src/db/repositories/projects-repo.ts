import type { TandemDb } from '../db';
import { projectExpenses } from './expenses';
import { projectCore } from './project-core';
import { projectPlan } from './project-plan';

// Projects, the lists inside them (milestones, scope items, change requests) and their expenses.
export function projectsRepo(db: TandemDb) {
  return { ...projectCore(db), ...projectPlan(db), ...projectExpenses(db) };
}
