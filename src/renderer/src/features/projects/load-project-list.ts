import type { TandemDb } from '../../db/db';
import { listProjects } from '../../db/queries/projects';
import type { ProjectListItem } from '../../db/queries/projects';
import type { ProjectStatus } from '../../domain/model/project';
import type { ProjectFilters, StatusFilter } from './use-project-filters';

const STATUSES: Record<StatusFilter, readonly ProjectStatus[] | null> = {
  open: ['active', 'planned'],
  all: null,
  planned: ['planned'],
  active: ['active'],
  on_hold: ['on_hold'],
  done: ['done'],
};

/** The list for the filters, in code order; several statuses are read through the status index one by one. */
export async function loadProjectList(db: TandemDb, filters: ProjectFilters): Promise<ProjectListItem[]> {
  const base = { clientId: filters.clientId || undefined, includeArchived: filters.showArchived };
  const statuses = STATUSES[filters.status];
  if (!statuses) return listProjects(db, base);
  const lists = await Promise.all(statuses.map((status) => listProjects(db, { ...base, status })));
  return lists.flat().sort((a, b) => (a.project.code < b.project.code ? -1 : a.project.code > b.project.code ? 1 : 0));
}
