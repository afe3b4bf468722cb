import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';

// The Budgets tests' agency, seen on Wednesday 18 March 2026 (the tests freeze Date there).

const windowDays = ['05', '06', '09', '10', '11', '12', '13', '16', '17', '18'];

/**
 * Acme (EUR) with four active projects and a finished one:
 * - WEB Website, T&M, 100h to 17 April, 60h of 100h scope done, 70h logged (2h a working day in
 *   the burn window), an estimated change request of 20h / €2,000: red (EAC 117 %) and amber
 *   (runs out 8 April); approving the change turns it green (docs/product.md, "Status"; see the domain tests).
 * - BRD Brand book, fixed fee €5,000, 10h at €100 logged: 20 % spent, green.
 * - SUP Support, retainer of 10h a month from 1 March: 3h used, 7h remaining, green.
 * - INT Internal, non-billable, no budget.
 * - OLD Old site, done: not listed.
 */
export async function seedAgency() {
  const client = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR' });
  const projects = projectsRepo(db);
  const entries = timeEntriesRepo(db);
  const base = { clientId: client.id, status: 'active' as const, defaultRate: 10_000 };
  const web = await projects.createProject({
    ...base,
    name: 'Website',
    code: 'WEB',
    billing: 'time_and_materials',
    budgetMinutes: 6000,
    startDay: '2026-01-05',
    endDay: '2026-04-17',
    scopeItems: [
      { title: 'Done work', estimateMinutes: 3600, status: 'done' },
      { title: 'Open work', estimateMinutes: 2400, status: 'in_scope' },
    ],
    changeRequests: [
      { title: 'Extra landing page', estimateMinutes: 1200, amount: 200_000, status: 'estimated', askedAt: '2026-03-02' },
    ],
  });
  for (const [day, minutes] of [
    ['2026-02-02', 1200],
    ['2026-02-03', 1200],
    ['2026-02-04', 600],
  ] as const) {
    await entries.create({ projectId: web.id, day, minutes });
  }
  for (const day of windowDays) await entries.create({ projectId: web.id, day: `2026-03-${day}`, minutes: 120 });

  const brand = await projects.createProject({
    ...base,
    name: 'Brand book',
    code: 'BRD',
    billing: 'fixed_fee',
    budgetAmount: 500_000,
    endDay: '2026-06-30',
  });
  await entries.create({ projectId: brand.id, day: '2026-02-10', minutes: 600 });

  const support = await projects.createProject({
    ...base,
    name: 'Support',
    code: 'SUP',
    billing: 'retainer',
    startDay: '2026-01-01',
    retainer: { allowanceMinutesPerMonth: 600, rollover: false, cycleStartDay: 1 },
  });
  await entries.create({ projectId: support.id, day: '2026-03-02', minutes: 120 });
  await entries.create({ projectId: support.id, day: '2026-03-10', minutes: 60 });

  const internal = await projects.createProject({
    ...base,
    name: 'Internal',
    code: 'INT',
    billing: 'non_billable',
    defaultRate: 0,
  });
  await projects.createProject({
    ...base,
    status: 'done',
    name: 'Old site',
    code: 'OLD',
    billing: 'fixed_fee',
    budgetAmount: 100_000,
  });
  return { client, web, brand, support, internal };
}
