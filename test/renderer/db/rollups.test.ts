import { describe, expect, it } from 'vitest';
import { Rng } from '../../../src/renderer/src/db/generator/prng';
import { repairRollups } from '../../../src/renderer/src/db/rollups';
import { projectsRepo } from '../../../src/renderer/src/db/repositories/projects-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { timerRepo } from '../../../src/renderer/src/db/repositories/timer-repo';
import { trashRepo } from '../../../src/renderer/src/db/repositories/trash-repo';
import { ValidationError } from '../../../src/renderer/src/domain/validation';
import { HATS } from '../../../src/renderer/src/domain/model/hat';
import { localDateAt } from '../../../src/renderer/src/domain/time/wall-clock';
import type { TandemDb } from '../../../src/renderer/src/db/db';
import { freshDb, rollupSnapshot, seedWorld } from './helpers';

const day = (rng: Rng) => `2026-03-${String(rng.int(1, 28)).padStart(2, '0')}`;

/** Totals computed straight from the records with plain arithmetic, independent of the rollup code. */
async function independentTotals(db: TandemDb) {
  const totals = new Map<string, { minutes: number; amount: number; expenses: number; entries: number }>();
  const slot = (projectId: string) => {
    let row = totals.get(projectId);
    if (!row) totals.set(projectId, (row = { minutes: 0, amount: 0, expenses: 0, entries: 0 }));
    return row;
  };
  for (const entry of await db.timeEntries.toArray()) {
    const row = slot(entry.projectId);
    row.minutes += entry.minutes;
    row.amount += Math.round((entry.minutes * entry.rateSnapshot) / 60); // positive: Math.round is half up = half away
    row.entries += 1;
  }
  for (const expense of await db.expenses.toArray()) slot(expense.projectId).expenses += expense.amount;
  return totals;
}

/**
 * Project switches per day straight from the entries, independent of the switching code: entries
 * of 2 minutes or more in start order (ties by id), a switch wherever the project changes.
 */
async function independentSwitches(db: TandemDb) {
  const byDay = new Map<string, { start: number; minutes: number; projectId: string; hat: string; id: string }[]>();
  for (const entry of await db.timeEntries.toArray()) {
    const list = byDay.get(entry.day) ?? [];
    list.push({
      start: Date.parse(entry.startedAt),
      minutes: entry.minutes,
      projectId: entry.projectId,
      hat: entry.hat,
      id: entry.id,
    });
    byDay.set(entry.day, list);
  }
  const switches = new Map<string, number>();
  for (const [day, list] of byDay) {
    const counted = list
      .filter((entry) => entry.minutes >= 2)
      .sort(
        (a, b) =>
          a.start - b.start ||
          a.minutes - b.minutes ||
          a.projectId.localeCompare(b.projectId) ||
          a.hat.localeCompare(b.hat) ||
          (a.id < b.id ? -1 : 1),
      );
    switches.set(day, counted.filter((entry, index) => index > 0 && counted[index - 1]!.projectId !== entry.projectId).length);
  }
  return switches;
}

// Generous timeouts: 2-core CI machines run this alongside other suites; nothing here measures speed.
describe('rollups under a random sequence of writes', () => {
  it('equal the rebuilt rollups after 1000 creates, edits, moves, deletes and restores', { timeout: 60_000 }, async () => {
    const db = freshDb();
    const { web, app, ads } = await seedWorld(db);
    const projectIds = [web.id, app.id, ads.id];
    const rng = new Rng(20260329);
    const entries = timeEntriesRepo(db);
    const projects = projectsRepo(db);
    const trash = trashRepo(db);
    const counts: Record<string, number> = {};
    let clock = new Date(2026, 2, 1, 8).getTime();

    for (let step = 0; step < 1000; step += 1) {
      const entryIds = await db.timeEntries.toCollection().primaryKeys();
      const expenseIds = await db.expenses.toCollection().primaryKeys();
      const trashIds = await db.trash.toCollection().primaryKeys();
      const op = rng.weighted([
        ['createEntry', 30],
        ['createExpense', 6],
        ['editEntry', 14],
        ['moveEntry', 12],
        ['retimeEntry', 6],
        ['editExpense', 5],
        ['deleteEntry', 10],
        ['deleteExpense', 3],
        ['restore', 12],
        ['import', 2],
        ['timer', 4],
        ['projectRoundTrip', 2],
      ] as const);
      try {
        switch (op) {
          case 'createEntry':
            await entries.create({
              projectId: rng.pick(projectIds),
              day: day(rng),
              minutes: rng.int(1, 480),
              hat: rng.pick(HATS),
              billable: rng.chance(0.8),
              rateSnapshot: rng.chance(0.3) ? rng.int(0, 20_000) : undefined,
            });
            break;
          case 'createExpense':
            await projects.createExpense({
              projectId: rng.pick(projectIds),
              day: day(rng),
              amount: rng.int(1, 50_000),
              billable: rng.chance(0.5),
            });
            break;
          case 'editEntry':
            if (entryIds.length)
              await entries.update(rng.pick(entryIds), {
                minutes: rng.int(1, 600),
                billable: rng.chance(0.7),
                hat: rng.pick(HATS),
              });
            break;
          case 'moveEntry':
            if (entryIds.length) {
              const patch = rng.chance(0.5)
                ? { projectId: rng.pick(projectIds) }
                : rng.chance(0.5)
                  ? { day: day(rng) }
                  : { projectId: rng.pick(projectIds), day: day(rng) };
              await entries.update(rng.pick(entryIds), patch);
            }
            break;
          case 'retimeEntry':
            // A new start on the same day changes the day's order, not a single sum.
            if (entryIds.length) {
              const entry = await db.timeEntries.get(rng.pick(entryIds));
              if (entry) await entries.update(entry.id, { startedAt: localDateAt(entry.day, rng.int(0, 1380)).toISOString() });
            }
            break;
          case 'editExpense':
            if (expenseIds.length)
              await projects.updateExpense(rng.pick(expenseIds), {
                amount: rng.int(1, 9_000),
                projectId: rng.pick(projectIds),
                day: day(rng),
              });
            break;
          case 'deleteEntry':
            if (entryIds.length) await entries.delete(rng.pick(entryIds));
            break;
          case 'deleteExpense':
            if (expenseIds.length) await projects.deleteExpense(rng.pick(expenseIds));
            break;
          case 'restore':
            if (trashIds.length) await trash.restore(rng.pick(trashIds));
            break;
          case 'import': {
            // Large imports too: 16 or more days of one project are read as one key range.
            const rows = Array.from({ length: rng.chance(0.5) ? rng.int(1, 6) : rng.int(60, 120) }, (_, index) => {
              const d = day(rng);
              return {
                projectId: rng.pick(projectIds),
                day: d,
                startedAt: `${d}T10:00:00.000Z`,
                minutes: rng.int(5, 300),
                externalId: `fuzz:${step}:${index}`,
              };
            });
            await entries.bulkImport(rows, {
              source: 'clockify',
              fileName: `fuzz-${step}.csv`,
              importedAt: new Date(clock).toISOString(),
              rowCount: rows.length,
            });
            break;
          }
          case 'timer':
            clock += rng.int(0, 300) * 60_000;
            if (rng.chance(0.5)) await timerRepo(db).start({ projectId: rng.pick(projectIds) }, new Date(clock));
            else await timerRepo(db).stop(new Date(clock));
            break;
          case 'projectRoundTrip': {
            const item = await projects.deleteProject(rng.pick(projectIds));
            await trash.restore(item.id);
            break;
          }
        }
        counts[op] = (counts[op] ?? 0) + 1;
      } catch (error) {
        // Restoring an entry whose project round-trip made it conflict is allowed to be refused.
        if (!(error instanceof ValidationError)) throw error;
        counts.refused = (counts.refused ?? 0) + 1;
      }

      if (step % 250 === 249) {
        const incremental = await rollupSnapshot(db);
        await repairRollups(db);
        expect(await rollupSnapshot(db), `after step ${step}`).toEqual(incremental);
      }
    }

    // Every kind of operation actually ran.
    for (const op of [
      'createEntry',
      'createExpense',
      'editEntry',
      'moveEntry',
      'retimeEntry',
      'editExpense',
      'deleteEntry',
      'deleteExpense',
      'restore',
      'import',
      'timer',
      'projectRoundTrip',
    ]) {
      expect(counts[op] ?? 0, op).toBeGreaterThan(0);
    }
    expect(await db.timeEntries.count()).toBeGreaterThan(100);

    const incremental = await rollupSnapshot(db);
    const repaired = await repairRollups(db);
    expect(repaired.entries).toBe(await db.timeEntries.count());
    expect(await rollupSnapshot(db)).toEqual(incremental);

    const expected = await independentTotals(db);
    for (const row of incremental.totals) {
      const tally = expected.get(row.projectId);
      expect({ minutes: row.minutes, amount: row.amountMinor, expenses: row.expensesMinor, entries: row.entryCount }).toEqual(
        tally,
      );
    }
    expect(incremental.totals.length).toBe(expected.size);

    // The switching rollup has a row for exactly the days with entries, with the switches counted
    // the plain way, and the fuzz produced days that actually switch.
    const switches = await independentSwitches(db);
    expect(incremental.switching.map((row) => row.day)).toEqual([...switches.keys()].sort());
    expect(Object.fromEntries(incremental.switching.map((row) => [row.day, row.projectSwitches]))).toEqual(
      Object.fromEntries(switches),
    );
    expect(incremental.switching.some((row) => row.projectSwitches > 3)).toBe(true);
  });

  it('repairs rollups that were damaged or lost', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 60 });
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-05', minutes: 30 });
    const good = await rollupSnapshot(db);
    await db.projectTotals.clear();
    await db.projectMonths.put({ ...good.projectMonths[0]!, days: [{ ...good.days[0]!, minutes: 999 }] });
    expect(await repairRollups(db)).toEqual({ entries: 2, expenses: 0 });
    expect(await rollupSnapshot(db)).toEqual(good);
    expect(good.totals[0]).toMatchObject({ minutes: 90, amountMinor: 18_000, firstDay: '2026-03-02', lastDay: '2026-03-05' });
  });
});
