import { describe, expect, it } from 'vitest';
import { commitCsvImport } from '../../../../src/renderer/src/db/backup/csv-commit';
import type { TandemDb } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { amountMinorForMinutes } from '../../../../src/renderer/src/domain/units/money';
import { dataSnapshot, freshDb } from '../helpers';
import { fixtureText, planFor } from './csv-plan';

/** Stored entries with their project and client names, in start order. */
async function storedEntries(db: TandemDb) {
  const entries = await db.timeEntries.orderBy('day').toArray();
  const projects = new Map((await db.projects.toArray()).map((project) => [project.id, project]));
  const clients = new Map((await db.clients.toArray()).map((client) => [client.id, client]));
  return entries
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((entry) => {
      const project = projects.get(entry.projectId);
      return {
        day: entry.day,
        minutes: entry.minutes,
        project: project?.name,
        client: clients.get(project?.clientId ?? '')?.name,
        billable: entry.billable,
        rate: entry.rateSnapshot,
        currency: entry.currency,
        amount: amountMinorForMinutes(entry.minutes, entry.rateSnapshot),
        note: entry.note,
        source: entry.source.kind,
      };
    });
}

async function importFixture(db: TandemDb, file: string, options: Parameters<typeof planFor>[3] = {}) {
  return commitCsvImport(db, await planFor(db, fixtureText(file), file, options), { now: new Date('2026-01-10T12:00:00Z') });
}

describe('committing the fixture files', () => {
  it('Toggl: creates the client and project and keeps the rate the amount implies', async () => {
    const db = freshDb();
    const result = await importFixture(db, 'toggl-detailed-2024-amount.csv');
    expect(result).toEqual({ imported: 1, alreadyImported: 0, createdClients: 1, createdProjects: 1 });
    expect(await storedEntries(db)).toEqual([
      {
        day: '2024-03-04',
        minutes: 60,
        project: 'Project for Big Company',
        client: 'Big Company',
        billable: true,
        rate: 11111,
        currency: 'EUR',
        amount: 11111, // the file's 111.11 EUR
        note: 'Task 1 · Working hard',
        source: 'import',
      },
    ]);
    const [project] = await db.projects.toArray();
    expect(project).toMatchObject({ code: 'PFBC', billing: 'time_and_materials', status: 'active', defaultRate: 11111 });
    expect(await db.imports.toArray()).toEqual([
      expect.objectContaining({ source: 'toggl', fileName: 'toggl-detailed-2024-amount.csv', rowCount: 1 }),
    ]);
  });

  it('Harvest: rows without a client go to a “No client” client; amounts follow the file rate', async () => {
    const db = freshDb();
    const result = await importFixture(db, 'harvest-detailed-eu-locale.csv');
    expect(result).toMatchObject({ imported: 2, createdClients: 2, createdProjects: 2 });
    expect(await storedEntries(db)).toEqual([
      { day: '2024-03-04', minutes: 1200, project: 'Project without Client', client: 'No client', billable: false, rate: 10000, currency: 'EUR', amount: 200000, note: '', source: 'import' },
      // 0,01 h becomes one minute, so 100.00/h gives 1.67 rather than the file's 1.00
      { day: '2024-03-04', minutes: 1, project: 'Project for Big Company', client: 'Big Company', billable: true, rate: 10000, currency: 'EUR', amount: 167, note: 'Task 1 · Working hard', source: 'import' },
    ]);
  });

  it.each(['clockify-detailed-12h-usd.csv', 'clockify-detailed-activity-column.csv'])('Clockify %s: a USD client, the zero rate kept', async (file) => {
    const db = freshDb();
    await importFixture(db, file, { dateOrder: 'mdy' });
    expect(await storedEntries(db)).toEqual([
      { day: '2024-03-04', minutes: 60, project: 'Project for Big Company', client: 'Big Company', billable: true, rate: 0, currency: 'USD', amount: 0, note: 'Task 1 · Working hard', source: 'import' },
    ]);
    expect((await db.clients.toArray()).map((client) => client.currency)).toEqual(['USD']);
  });
});

describe('importing the same file again', () => {
  it.each([
    ['toggl-detailed-2024-amount.csv', {}],
    ['harvest-detailed-eu-locale.csv', {}],
    ['clockify-detailed-12h-usd.csv', { dateOrder: 'mdy' as const }],
  ])('%s adds no entries, clients, projects or import records', async (file, options) => {
    const db = freshDb();
    await importFixture(db, file, options);
    const before = await dataSnapshot(db);
    const again = await importFixture(db, file, options);
    expect(again.imported).toBe(0);
    expect(again.alreadyImported).toBeGreaterThan(0);
    expect(await dataSnapshot(db)).toEqual(before);
  });
});

describe('mapping to existing records', () => {
  it('matches names case-insensitively and can point a project at another existing one', async () => {
    const db = freshDb();
    await settingsRepo(db).update({ homeCurrency: 'EUR' });
    const big = await clientsRepo(db).create({ name: 'big company', currency: 'EUR' });
    const retainer = await projectsRepo(db).createProject({ clientId: big.id, name: 'Retainer 2024', code: 'RET', billing: 'time_and_materials', defaultRate: 9000 });
    const text = fixtureText('toggl-detailed-2024-amount.csv');
    const plan = await planFor(db, text, 'toggl.csv');
    expect(plan.clientTargets.get('big company')).toEqual({ kind: 'existing', id: big.id });
    expect(plan.projectTargets.get('big company\u001fproject for big company')).toEqual({ kind: 'new' });

    const mapped = await planFor(db, text, 'toggl.csv', { projects: new Map([['big company\u001fproject for big company', { kind: 'existing', id: retainer.id }]]) });
    expect(await commitCsvImport(db, mapped)).toMatchObject({ imported: 1, createdClients: 0, createdProjects: 0 });
    expect(await storedEntries(db)).toEqual([expect.objectContaining({ project: 'Retainer 2024', client: 'big company', rate: 11111 })]);
  });

  it('does not carry a USD rate into a EUR client: the project rate applies instead', async () => {
    const db = freshDb();
    const big = await clientsRepo(db).create({ name: 'Big Company', currency: 'EUR' });
    await projectsRepo(db).createProject({ clientId: big.id, name: 'Project for Big Company', code: 'BIG', billing: 'time_and_materials', defaultRate: 9000 });
    const text = ['Project,Client,Start Date,Start Time,Duration (h),Billable Rate (USD)', 'Project for Big Company,Big Company,2024-03-04,10:00,01:00:00,150.00'].join('\n');
    await commitCsvImport(db, await planFor(db, text, 'c.csv'));
    expect(await storedEntries(db)).toEqual([expect.objectContaining({ rate: 9000, currency: 'EUR' })]);
  });
});

describe('all or nothing', () => {
  const withErrors = ['User,Project,Start date,Start time,Duration', 'Ana,Site,2024-03-04,10:00:00,01:00:00', 'Ana,Site,2024-13-04,10:00:00,01:00:00', 'Ana,Site,2024-03-05,10:00:00,-00:30:00'].join('\n');

  it('refuses a file with error rows, writing nothing, until the user chooses to skip them', async () => {
    const db = freshDb();
    const before = await dataSnapshot(db);
    await expect(commitCsvImport(db, await planFor(db, withErrors, 'bad.csv'))).rejects.toThrow(
      '2 rows have errors. Fix the file, or choose to skip those rows.',
    );
    expect(await dataSnapshot(db)).toEqual(before);
    const result = await commitCsvImport(db, await planFor(db, withErrors, 'bad.csv', { skipErrorRows: true }));
    expect(result.imported).toBe(1);
  });

  it('leaves no client or project behind when a later step fails', async () => {
    const db = freshDb();
    const text = fixtureText('harvest-detailed-eu-locale.csv');
    // The second project points at a project that was deleted after the preview.
    const plan = await planFor(db, text, 'h.csv', {
      projects: new Map([['big company\u001fproject for big company', { kind: 'existing', id: 'gone' }]]),
    });
    const before = await dataSnapshot(db);
    await expect(commitCsvImport(db, plan)).rejects.toThrow('Choose a project that exists for “Project for Big Company”');
    expect(await dataSnapshot(db)).toEqual(before);
  });

  it('refuses a file with nothing to import', async () => {
    const db = freshDb();
    const onlyZero = ['User,Project,Start date,Start time,Duration', 'Ana,Site,2024-03-04,10:00:00,00:00:00'].join('\n');
    await expect(commitCsvImport(db, await planFor(db, onlyZero, 'zero.csv'))).rejects.toThrow('The file has no entries to import.');
  });
});
