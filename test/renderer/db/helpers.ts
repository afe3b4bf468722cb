import { afterEach } from 'vitest';
import { createTandemDb } from '../../../src/renderer/src/db/db';
import type { TandemDb } from '../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../src/renderer/src/db/repositories/projects-repo';
import { settingsRepo } from '../../../src/renderer/src/db/repositories/settings-repo';
import { ValidationError } from '../../../src/renderer/src/domain/validation';
import type { FieldErrors } from '../../../src/renderer/src/domain/validation';

// Each test gets its own database on fake-indexeddb, deleted afterwards.
const opened: TandemDb[] = [];
let counter = 0;

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

export function freshDb(): TandemDb {
  counter += 1;
  const db = createTandemDb(`tandem-test-${counter}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

/** A small world: settings (rate 100.00/h), a EUR client with two projects, a USD client with one. */
export async function seedWorld(db: TandemDb) {
  await settingsRepo(db).update({ defaultRate: 10_000, homeCurrency: 'EUR' });
  const acme = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR' });
  const globex = await clientsRepo(db).create({ name: 'Globex', currency: 'USD' });
  const projects = projectsRepo(db);
  const web = await projects.createProject({
    clientId: acme.id,
    name: 'Website',
    code: 'WEB',
    billing: 'time_and_materials',
    defaultRate: 12_000,
  });
  const app = await projects.createProject({
    clientId: acme.id,
    name: 'App',
    code: 'APP',
    billing: 'fixed_fee',
    budgetAmount: 1_000_000,
  });
  const ads = await projects.createProject({
    clientId: globex.id,
    name: 'Ads',
    code: 'ADS',
    billing: 'retainer',
    defaultRate: 9_000,
    retainer: { allowanceMinutesPerMonth: 1200 },
  });
  return { acme, globex, web, app, ads };
}

/** Runs `action` and returns the ValidationError's field messages (fails when it does not throw one). */
export async function fieldErrorsOfCall(action: () => Promise<unknown>): Promise<FieldErrors> {
  try {
    await action();
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error('Expected a ValidationError');
}

/** All rows of the rollup tables in key order, for comparing incremental and rebuilt rollups. */
export async function rollupSnapshot(db: TandemDb) {
  const totals = await db.projectTotals.orderBy('projectId').toArray();
  const days = await db.projectDays.orderBy('[projectId+day]').toArray();
  const switching = await db.switchingDays.toArray(); // [day+personId] order
  return { totals, days, switching };
}

/** Every table except the trash, rows in primary-key order: "the database looks exactly like before". */
export async function dataSnapshot(db: TandemDb) {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (table.name === 'trash') continue;
    snapshot[table.name] = await table.toArray();
  }
  return snapshot;
}
