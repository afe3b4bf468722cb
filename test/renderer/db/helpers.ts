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

/** Every stored project day, by project, then day. */
export async function storedProjectDays(db: TandemDb) {
  return (await db.projectMonths.toArray()).flatMap((month) => month.days); // [projectId+month] order
}

/** Every stored switching day, by day, then person (the order of the days' key). */
export async function storedSwitchingDays(db: TandemDb) {
  const days = (await db.switchingMonths.toArray()).flatMap((month) => month.days);
  return days.sort((a, b) => (a.day !== b.day ? (a.day < b.day ? -1 : 1) : a.personId < b.personId ? -1 : 1));
}

/** One project's stored day, undefined when it has none. */
export async function storedProjectDay(db: TandemDb, projectId: string, day: string) {
  return (await db.projectMonths.get([projectId, day.slice(0, 7)]))?.days.find((row) => row.day === day);
}

/** One person's stored switching day, undefined when it has none. */
export async function storedSwitchingDay(db: TandemDb, day: string, personId: string) {
  return (await db.switchingMonths.get([day.slice(0, 7), personId]))?.days.find((row) => row.day === day);
}

/**
 * All rows of the rollup tables in key order, for comparing incremental and rebuilt rollups: the month
 * rows as stored (a month left empty must be gone), and their days.
 */
export async function rollupSnapshot(db: TandemDb) {
  const totals = await db.projectTotals.orderBy('projectId').toArray();
  const projectMonths = await db.projectMonths.toArray();
  const switchingMonths = await db.switchingMonths.toArray();
  return { totals, days: await storedProjectDays(db), switching: await storedSwitchingDays(db), projectMonths, switchingMonths };
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
