import { describe, expect, it } from 'vitest';
import { bulkLoadDataset, loadSampleAgency } from '../../../src/renderer/src/db/generator/load';
import type { LoadProgress } from '../../../src/renderer/src/db/generator/load';
import { generateScaleDataset } from '../../../src/renderer/src/db/generator/scale';
import { DatabaseNotEmptyError } from '../../../src/renderer/src/db/errors';
import { repairRollups } from '../../../src/renderer/src/db/rollups';
import { clientsRepo } from '../../../src/renderer/src/db/repositories/clients-repo';
import { settingsRepo } from '../../../src/renderer/src/db/repositories/settings-repo';
import { listProjects } from '../../../src/renderer/src/db/queries/projects';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { amountMinorForMinutes } from '../../../src/renderer/src/domain/units/money';
import { freshDb, rollupSnapshot } from './helpers';

const TODAY = toDayKey('2026-03-18');

describe('loadSampleAgency', () => {
  it('writes the agency with rollups that match a rebuild', { timeout: 60_000 }, async () => {
    const db = freshDb();
    const counts = await loadSampleAgency(db, { today: TODAY, seed: 7 });
    expect(counts).toMatchObject({ clients: 8, projects: 20, teammates: 3, settings: 1, imports: 1 });
    expect(await db.clients.count()).toBe(8);
    expect(await db.timeEntries.count()).toBe(counts.timeEntries);
    expect(await db.tasks.count()).toBe(counts.tasks);
    expect((await settingsRepo(db).get()).agencyName).toBe('Fieldwork Studio');
    const loaded = await rollupSnapshot(db);
    expect(loaded.totals.length).toBeGreaterThan(12);
    await repairRollups(db);
    expect(await rollupSnapshot(db)).toEqual(loaded);
  });

  it('writes invoices and payments whose billed time the rollups count, as a rebuild does', { timeout: 60_000 }, async () => {
    const db = freshDb();
    const counts = await loadSampleAgency(db, { today: TODAY, seed: 7 });
    expect(await db.invoices.count()).toBe(counts.invoices);
    expect(await db.payments.count()).toBe(counts.payments);
    expect(counts.invoices).toBeGreaterThanOrEqual(6);
    // Σ billable amounts of the stamped entries, each rounded as the rollups round it
    const stamped = (await db.timeEntries.toArray()).filter((entry) => entry.invoiceId && entry.billable);
    const expected = stamped.reduce((sum, entry) => sum + amountMinorForMinutes(entry.minutes, entry.rateSnapshot), 0);
    const loaded = await rollupSnapshot(db);
    const invoiced = (rows: typeof loaded.totals) => rows.reduce((sum, row) => sum + row.invoicedAmountMinor, 0);
    expect(stamped.length).toBeGreaterThan(0);
    expect(invoiced(loaded.totals)).toBe(expected);
    await repairRollups(db);
    expect(await rollupSnapshot(db)).toEqual(loaded);
  });

  it('calibrates budgets to a spread of health', async () => {
    const db = freshDb();
    await loadSampleAgency(db, { today: TODAY, seed: 7 });
    const share = new Map(
      (await listProjects(db)).map(({ project, totals }) => [
        project.code,
        project.billing === 'fixed_fee'
          ? (totals.amountMinor + totals.expensesMinor) / (project.budgetAmount ?? 1)
          : totals.minutes / (project.budgetMinutes ?? 1),
      ]),
    );
    expect(share.get('AFW')).toBeLessThan(0.85); // green (time and materials: hours)
    expect(share.get('BDG')).toBeGreaterThan(0.85); // amber (fixed fee: money)
    expect(share.get('BDG')).toBeLessThan(1);
    expect(share.get('MCE')).toBeGreaterThan(1.1); // red: over budget
    expect(share.get('HHA')).toBe(0); // planned, nothing logged
  });

  it('refuses to load over existing data unless asked to replace it', { timeout: 60_000 }, async () => {
    const db = freshDb();
    await clientsRepo(db).create({ name: 'Mine', currency: 'EUR' });
    await expect(loadSampleAgency(db, { today: TODAY })).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    expect(await db.clients.count()).toBe(1);
    await loadSampleAgency(db, { today: TODAY, replace: true });
    expect(await db.clients.where('name').equals('Mine').count()).toBe(0);
    expect(await db.clients.count()).toBe(8);
    const again = await loadSampleAgency(db, { today: TODAY, seed: 2, replace: true });
    expect(await db.timeEntries.count()).toBe(again.timeEntries);
  });

  it('keeps the user’s saved settings when loading into an empty workspace', async () => {
    const db = freshDb();
    await settingsRepo(db).update({ theme: 'dark', agencyName: 'My shop' });
    await loadSampleAgency(db, { today: TODAY });
    expect(await settingsRepo(db).get()).toMatchObject({ theme: 'dark', agencyName: 'My shop' });
  });
});

describe('bulkLoadDataset', () => {
  it('loads scale batches with progress and rollups written once', { timeout: 60_000 }, async () => {
    const db = freshDb();
    const progress: LoadProgress[] = [];
    const counts = await bulkLoadDataset(
      db,
      generateScaleDataset({
        today: TODAY,
        seed: 5,
        batchSize: 500,
        counts: {
          clients: 5,
          projects: 12,
          timeEntries: 2_000,
          tasks: 200,
          timeBlocks: 120,
          expenses: 30,
          updateDrafts: 10,
          years: 1,
        },
      }),
      { onProgress: (p) => progress.push(p) },
    );
    expect(counts.timeEntries).toBe(2_000);
    expect(await db.timeEntries.count()).toBe(2_000);
    expect(await db.projects.count()).toBe(12);
    expect(progress.at(-1)?.totalRows).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    expect(progress.filter((p) => p.table === 'timeEntries').map((p) => p.tableRows)).toEqual([500, 1_000, 1_500, 2_000]);
    const loaded = await rollupSnapshot(db);
    expect(loaded.totals.reduce((sum, row) => sum + row.entryCount, 0)).toBe(2_000);
    expect(counts.invoices).toBeGreaterThan(0);
    expect(loaded.totals.reduce((sum, row) => sum + row.invoicedAmountMinor, 0)).toBeGreaterThan(0);
    await repairRollups(db);
    expect(await rollupSnapshot(db)).toEqual(loaded);
    await expect(bulkLoadDataset(db, [])).rejects.toBeInstanceOf(DatabaseNotEmptyError);
  });
});
