import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { importEntries } from '../../../src/renderer/src/db/repositories/entries-import';
import { settingsRepo } from '../../../src/renderer/src/db/repositories/settings-repo';
import { repairRollups, writeGatheredRollups } from '../../../src/renderer/src/db/rollups';
import { applyRemoteChanges } from '../../../src/renderer/src/db/sync/apply-remote';
import { clearOutbox, enableOutbox, takeOutbox } from '../../../src/renderer/src/db/sync/outbox';
import { loadSampleAgency } from '../../../src/renderer/src/db/generator/load';
import { RollupAccumulator } from '../../../src/renderer/src/domain/rollup-accumulator';
import { SYNCED_TABLES, toDoc } from '../../../src/renderer/src/domain/sync/documents';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import type { TandemDb } from '../../../src/renderer/src/db/db';
import { dataSnapshot, freshDb, rollupSnapshot, seedWorld, storedSwitchingDays } from './helpers';

/** A stored-shape entry on a project at 120.00/h in EUR. */
function entry(id: string, projectId: string, day: string, minutes: number) {
  return { id, projectId, startedAt: `${day}T08:00:00.000Z`, day, minutes, hat: 'production', billable: true, rateSnapshot: 12_000, currency: 'EUR', note: '', source: { kind: 'manual' } };
}
const docOf = (record: ReturnType<typeof entry>) => toDoc('timeEntries', record);

async function expectRollupsRepaired(db: TandemDb) {
  const applied = await rollupSnapshot(db);
  await repairRollups(db);
  expect(applied).toEqual(await rollupSnapshot(db));
  return applied;
}

describe('applyRemoteChanges', () => {
  it('writes pulled entries, updates and deletions with rollups equal to a repair', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    const first = await applyRemoteChanges(db, [docOf(entry('e1', web.id, '2026-03-02', 60)), docOf(entry('e2', web.id, '2026-03-03', 30))]);
    expect(first).toMatchObject({ applied: 2, quarantined: 0, deferred: [] });
    // 60 + 30 = 90 minutes; 90 min at 120.00/h = 180.00 = 18,000 minor
    let rollups = await expectRollupsRepaired(db);
    expect(rollups.totals).toMatchObject([{ projectId: web.id, minutes: 90, billableAmountMinor: 18_000, firstDay: '2026-03-02', lastDay: '2026-03-03' }]);

    // e1 becomes 120 minutes, e2 is deleted: 120 minutes, on 2 March only; 2 h × 120.00 = 240.00 = 24,000 minor.
    await applyRemoteChanges(db, [docOf(entry('e1', web.id, '2026-03-02', 120)), { _id: 'timeEntries:e2', _rev: '2-x', _deleted: true }]);
    expect(await db.timeEntries.get('e2')).toBeUndefined();
    expect((await db.timeEntries.get('e1'))?.minutes).toBe(120);
    rollups = await expectRollupsRepaired(db);
    expect(rollups.totals).toMatchObject([{ projectId: web.id, minutes: 120, billableAmountMinor: 24_000, firstDay: '2026-03-02', lastDay: '2026-03-02' }]);
    expect(rollups.days.map((day) => [day.day, day.minutes])).toEqual([['2026-03-02', 120]]);
  });

  it('a first pull gathers the rollups of its batches and writes them once, equal to a repair', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    const gathered = new RollupAccumulator();
    const expense = { id: 'x1', projectId: web.id, day: '2026-03-02', amount: 4_500, currency: 'EUR', billable: true, note: 'Fonts' };
    // Two batches on the same day: 60 + 30 minutes and a 45.00 expense, none of them stored before.
    await applyRemoteChanges(db, [docOf(entry('e1', web.id, '2026-03-02', 60)), toDoc('expenses', expense)], { unstored: true, gatherRollups: gathered });
    await applyRemoteChanges(db, [docOf(entry('e2', web.id, '2026-03-02', 30))], { unstored: true, gatherRollups: gathered });
    expect(await db.timeEntries.count()).toBe(2);
    // Gathered, not written: no rollup row yet.
    expect(await db.projectTotals.count()).toBe(0);
    expect((await storedSwitchingDays(db)).length).toBe(0);

    await writeGatheredRollups(db, gathered);
    // 90 min at 120.00/h = 180.00 = 18,000 minor; the expense 4,500 minor.
    const rollups = await expectRollupsRepaired(db);
    expect(rollups.totals).toMatchObject([{ projectId: web.id, minutes: 90, billableAmountMinor: 18_000, expensesMinor: 4_500 }]);
    expect((await storedSwitchingDays(db)).length).toBe(1);
  });

  it('expenses move the rollups too: 45.00 added, then deleted', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    const expense = { id: 'x1', projectId: web.id, day: '2026-03-02', amount: 4_500, currency: 'EUR', billable: true, note: 'Fonts' };
    await applyRemoteChanges(db, [toDoc('expenses', expense)]);
    expect((await expectRollupsRepaired(db)).totals).toMatchObject([{ projectId: web.id, expensesMinor: 4_500, billableExpensesMinor: 4_500 }]);
    await applyRemoteChanges(db, [{ _id: 'expenses:x1', _deleted: true }]);
    expect(await db.expenses.count()).toBe(0);
    expect((await expectRollupsRepaired(db)).totals).toEqual([]);
  });

  it('a first sync into an empty device holds every record of the sender, with rollups equal to a repair', { timeout: 60_000 }, async () => {
    const sender = freshDb();
    await loadSampleAgency(sender, { today: toDayKey('2026-03-18'), seed: 7 });
    await enableOutbox(sender);
    const items = await takeOutbox(sender, 1_000_000);
    const receiver = freshDb();
    const outcome = await applyRemoteChanges(receiver, items.map((item) => ('doc' in item ? item.doc : null)));
    expect(outcome).toMatchObject({ applied: items.length, quarantined: 0 });
    for (const table of SYNCED_TABLES.filter((name) => name !== 'settings')) {
      expect(await receiver.table(table).orderBy(':id').toArray(), table).toEqual(await sender.table(table).orderBy(':id').toArray());
    }
    await expectRollupsRepaired(receiver);
    expect(await rollupSnapshot(receiver)).toEqual(await rollupSnapshot(sender));
  });

  it('quarantines malformed and hostile documents and writes nothing of them', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    const before = await dataSnapshot(db);
    const bad = [
      { _id: 'timeEntries:e1', table: 'timeEntries', record: { ...entry('e1', web.id, '2026-03-02', 60), minutes: -5 } },
      { _id: 'timer:timer', table: 'timer', record: { id: 'timer', projectId: web.id } },
      { _id: 'projectTotals:p', table: 'projectTotals', record: { projectId: 'p', minutes: 1e9 } },
      { _id: 'clients:c9', table: 'clients', record: { id: 'other', name: 'X', currency: 'EUR', contacts: [] } },
      { _id: 'settings:agency', _deleted: true },
      42,
    ];
    const outcome = await applyRemoteChanges(db, bad);
    expect(outcome).toMatchObject({ applied: 0, quarantined: 6 });
    expect(outcome.problems.map((problem) => problem.key)).toEqual(['timeEntries:e1', 'timer:timer', 'projectTotals:p', 'clients:c9', 'settings:agency', '']);
    const rows = await db.syncQuarantine.toArray();
    expect(rows).toHaveLength(6);
    expect(rows.find((row) => row.key === 'timeEntries:e1')?.reason).toMatch(/^The record in timeEntries:e1 is not valid \(minutes: /);
    const after = await dataSnapshot(db);
    delete after.syncQuarantine;
    delete before.syncQuarantine;
    expect(after).toEqual(before);
  });

  it('pulled changes do not echo into the outbox; a record changed here and not yet taken is left alone (deferred)', async () => {
    const db = freshDb();
    const { web, acme } = await seedWorld(db);
    await enableOutbox(db);
    await clearOutbox(db, Number.MAX_SAFE_INTEGER);
    await applyRemoteChanges(db, [docOf(entry('e1', web.id, '2026-03-02', 60))]);
    expect(await db.outbox.count()).toBe(0);

    await db.clients.update(acme.id, { name: 'Acme (mine)' });
    const theirs = toDoc('clients', { ...(await db.clients.get(acme.id)), name: 'Acme (theirs)' } as never);
    const outcome = await applyRemoteChanges(db, [theirs]);
    expect(outcome).toMatchObject({ applied: 0, deferred: [`clients:${acme.id}`] });
    expect((await db.clients.get(acme.id))?.name).toBe('Acme (mine)');
  });

  it('pulled agency settings keep this device’s theme, reminders and seen budget alerts', async () => {
    const db = freshDb();
    await settingsRepo(db).update({ theme: 'dark', blockReminders: false, agencyName: 'Mine' });
    const remote = toDoc('settings', { ...(await settingsRepo(db).get()), theme: 'light', blockReminders: true, agencyName: 'Studio' } as never);
    expect(remote.record).not.toHaveProperty('theme');
    await applyRemoteChanges(db, [remote]);
    expect(await settingsRepo(db).get()).toMatchObject({ agencyName: 'Studio', theme: 'dark', blockReminders: false });
  });
});

describe('while sync is off', () => {
  it('the CSV import runs exactly as before: its transaction does not hold the outbox and nothing is queued', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    const scopes: string[][] = [];
    await db.transaction('rw', db.timeEntries, async () => {
      scopes.push([...(Dexie.currentTransaction.idbtrans.objectStoreNames as unknown as Iterable<string>)]);
    });
    expect(scopes[0]).toEqual(['timeEntries']);
    const rows = Array.from({ length: 50 }, (_, index) => ({ projectId: web.id, startedAt: '2026-03-02T08:00:00.000Z', day: '2026-03-02', minutes: 10, externalId: `toggl:${index}` }));
    await importEntries(db, rows, { source: 'toggl', fileName: 'time.csv', importedAt: '2026-03-02T09:00:00.000Z', rowCount: 0 });
    expect(await db.timeEntries.count()).toBe(50);
    expect(await db.outbox.count()).toBe(0);

    // …and once on, the same scope gains the outbox.
    await enableOutbox(db);
    await db.transaction('rw', db.timeEntries, async () => {
      scopes.push([...(Dexie.currentTransaction.idbtrans.objectStoreNames as unknown as Iterable<string>)].sort());
    });
    expect(scopes[1]).toEqual(['outbox', 'timeEntries']);
  });
});
