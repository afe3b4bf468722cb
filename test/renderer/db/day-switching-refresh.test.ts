import { describe, expect, it } from 'vitest';
import { switchingRowsByIndex, switchingRowsByScan } from '../../../src/renderer/src/db/day-switching-refresh';
import { Rng } from '../../../src/renderer/src/db/generator/prng';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { DaySwitchingBuilder, daySwitchingOf } from '../../../src/renderer/src/domain/switching/day-rollup';
import { HATS } from '../../../src/renderer/src/domain/model/hat';
import type { TimeEntry } from '../../../src/renderer/src/domain/model/time-entry';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import type { DayKey } from '../../../src/renderer/src/domain/time/day-key';
import { OWNER_PERSON_ID } from '../../../src/renderer/src/domain/model/person';
import { freshDb, seedWorld } from './helpers';

// The two ways of re-reading changed days (the 'day' index for a few, one key-order pass for many)
// must give the same rows as computing each day from its entries directly, pending entries included.

const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-09', '2026-03-10', '2026-03-20'].map(toDayKey);

async function seeded() {
  const db = freshDb();
  const { web, app, ads } = await seedWorld(db);
  const rng = new Rng(4711);
  const repo = timeEntriesRepo(db);
  for (let index = 0; index < 60; index += 1) {
    await repo.create({ projectId: rng.pick([web.id, app.id, ads.id]), day: rng.pick(DAYS), minutes: rng.int(1, 120), hat: rng.pick(HATS) });
  }
  // Entries of the same write that are not stored yet: a copy of a stored one moved to another id.
  const stored = await db.timeEntries.toArray();
  const pending: TimeEntry[] = stored.slice(0, 5).map((entry, index) => ({ ...entry, id: `pending-${index}`, projectId: app.id }));
  return { db, stored, pending };
}

/** Every entry here is the owner's (the device's person when they were logged). */
function expectedRows(days: readonly DayKey[], entries: readonly TimeEntry[]) {
  return days.flatMap((day) => {
    const row = daySwitchingOf(day, entries.filter((entry) => entry.day === day));
    return row ? [{ ...row, personId: OWNER_PERSON_ID }] : [];
  });
}

const ownersDays = (days: readonly DayKey[]) => days.map((day) => ({ day, personId: OWNER_PERSON_ID }));

function builderOf(entries: readonly TimeEntry[], days: readonly DayKey[]) {
  const builder = new DaySwitchingBuilder();
  for (const entry of entries) if (days.includes(entry.day)) builder.add(entry);
  return builder;
}

describe('re-reading the switching rows of changed days', () => {
  const wanted = ['2026-03-03', '2026-03-09', '2026-03-20', '2026-03-25'].map(toDayKey);

  it('by the day index: stored and pending entries of exactly the wanted days', async () => {
    const { db, stored, pending } = await seeded();
    const rows = await switchingRowsByIndex(db, ownersDays(wanted), builderOf(pending, wanted));
    expect(rows).toEqual(expectedRows(wanted, [...stored, ...pending]));
    expect(rows.map((row) => row.day)).toEqual(['2026-03-03', '2026-03-09', '2026-03-20']); // 03-25 has no entries
  });

  it('by a key-order pass, in pages smaller than the table, gives the same rows', async () => {
    const { db, stored, pending } = await seeded();
    const rows = await switchingRowsByScan(db, ownersDays(wanted), builderOf(pending, wanted), 7);
    expect(rows).toEqual(expectedRows(wanted, [...stored, ...pending]));
    expect(rows).toEqual(await switchingRowsByIndex(db, ownersDays(wanted), builderOf(pending, wanted)));
  });

  it('a page size that divides the table exactly still reads every entry once', async () => {
    const { db, stored } = await seeded();
    const rows = await switchingRowsByScan(db, ownersDays(DAYS), new DaySwitchingBuilder(), stored.length / 4);
    expect(rows).toEqual(expectedRows(DAYS, stored));
  });
});
