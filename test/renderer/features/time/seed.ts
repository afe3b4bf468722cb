import { db } from '../../../../src/renderer/src/db/db';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { seedWorld } from '../../db/helpers';

/** The repositories' small world (Acme: WEB billable at 120.00/h, APP; Globex: ADS) plus Acme's non-billable ADM. */
export async function seedProjects() {
  const world = await seedWorld(db);
  const admin = await projectsRepo(db).createProject({
    clientId: world.acme.id,
    name: 'Internal',
    code: 'ADM',
    billing: 'non_billable',
  });
  return { ...world, admin };
}
