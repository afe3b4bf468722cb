import { db } from '../../../../src/renderer/src/db/db';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';

/** An active project 'WEB Website' of the client at 120.00/h with 90 minutes logged on 2026-03-02 (€180.00). */
export async function seedActiveWebsite(clientId: string) {
  const web = await projectsRepo(db).createProject({
    clientId,
    name: 'Website',
    code: 'WEB',
    billing: 'time_and_materials',
    defaultRate: 12_000,
    status: 'active',
  });
  await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 90 });
  return web;
}
