import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { tasksRepo } from '../../../../src/renderer/src/db/repositories/tasks-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';

/**
 * Acme (EUR): WEB Website, T&M, 100h budget, 3h logged on 16 March (in the period), a task done
 * today, one waiting on the client, an estimated change request of 20h / €2,000. Globex: no
 * projects, no updates.
 */
export async function seedAcme() {
  const acme = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR' });
  const globex = await clientsRepo(db).create({ name: 'Globex', currency: 'EUR' });
  const web = await projectsRepo(db).createProject({
    clientId: acme.id,
    name: 'Website',
    code: 'WEB',
    status: 'active',
    billing: 'time_and_materials',
    budgetMinutes: 6000,
    defaultRate: 10_000,
    changeRequests: [
      { title: 'Extra landing page', estimateMinutes: 1200, amount: 200_000, status: 'estimated', askedAt: '2026-03-02' },
    ],
  });
  await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-16', minutes: 180 });
  await tasksRepo(db).create({ projectId: web.id, title: 'Home page build', status: 'done' });
  await tasksRepo(db).create({ projectId: web.id, title: 'Send logo files', status: 'waiting' });
  return { acme, globex, web };
}
