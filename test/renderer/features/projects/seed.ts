import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';

/** Settings at 100.00/h EUR; Acme (EUR) with an active and a done project, Globex (USD) with a planned one. */
export async function seedProjects() {
  await settingsRepo(db).update({ defaultRate: 10_000, homeCurrency: 'EUR' });
  const acme = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR' });
  const globex = await clientsRepo(db).create({ name: 'Globex', currency: 'USD' });
  const repo = projectsRepo(db);
  const web = await repo.createProject({
    clientId: acme.id,
    name: 'Website',
    code: 'WEB',
    billing: 'time_and_materials',
    status: 'active',
    budgetMinutes: 2_400,
    defaultRate: 12_000,
  });
  const old = await repo.createProject({
    clientId: acme.id,
    name: 'Old brochure',
    code: 'OLD',
    billing: 'fixed_fee',
    status: 'done',
    budgetAmount: 500_000,
  });
  const ads = await repo.createProject({
    clientId: globex.id,
    name: 'Ads',
    code: 'ADS',
    billing: 'retainer',
    status: 'planned',
    retainer: { allowanceMinutesPerMonth: 1_200 },
  });
  return { acme, globex, web, old, ads };
}
