import type { Project } from '../model/project';
import { fraction } from './fraction';
import type { PercentComplete } from './types';

// % complete (docs/product.md, "% complete"): Σ estimates of done scope items / Σ estimates of scope
// items in scope; without scope items, milestones done / milestones; without either, unknown.
// "In scope" = every item not dropped (planned, in scope, done). Items whose estimates add up to
// nothing cannot give a share, so they count as "no scope items" and milestones are used.

export function percentComplete(project: Pick<Project, 'billing' | 'scopeItems' | 'milestones'>): PercentComplete {
  if (project.billing === 'retainer') return { basis: 'unknown', why: 'retainer' };
  let total = 0;
  let done = 0;
  for (const item of project.scopeItems) {
    if (item.status === 'dropped') continue;
    total += item.estimateMinutes;
    if (item.status === 'done') done += item.estimateMinutes;
  }
  if (total > 0) return { basis: 'scope', value: fraction(done, total) };
  if (project.milestones.length > 0) {
    const finished = project.milestones.filter((milestone) => milestone.doneAt !== undefined).length;
    return { basis: 'milestones', value: fraction(finished, project.milestones.length) };
  }
  return { basis: 'unknown', why: 'no-scope-or-milestones' };
}

/** Minutes of estimates still to do: scope items neither done nor dropped (0 for retainers). */
export function remainingScopeMinutes(project: Pick<Project, 'billing' | 'scopeItems'>): number {
  if (project.billing === 'retainer') return 0;
  return project.scopeItems
    .filter((item) => item.status !== 'done' && item.status !== 'dropped')
    .reduce((sum, item) => sum + item.estimateMinutes, 0);
}
