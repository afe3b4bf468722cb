import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';
import type { TandemDb } from '../db';

/** Projects of one client, for a picker grouped by client. */
export interface ProjectGroup {
  client: Client;
  projects: Project[];
}

/**
 * The projects time can be logged on (not archived, not done), grouped by client in name order,
 * projects by code: the Log time form's and the timer's picker. Reads projects and clients only.
 * Planned and on-hold projects are included: work often starts before the status is updated.
 * Projects of archived clients are left out.
 */
export async function loggableProjectGroups(db: TandemDb): Promise<ProjectGroup[]> {
  const [projects, clients] = await Promise.all([db.projects.toArray(), db.clients.orderBy('name').toArray()]);
  const byClient = new Map<string, Project[]>();
  for (const project of projects) {
    if (project.archived || project.status === 'done') continue;
    const list = byClient.get(project.clientId) ?? [];
    list.push(project);
    byClient.set(project.clientId, list);
  }
  return clients.flatMap((client) => {
    const list = byClient.get(client.id);
    if (!list || client.archived) return [];
    list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return [{ client, projects: list }];
  });
}
