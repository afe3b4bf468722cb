import { describe, expect, it } from 'vitest';
import { planDaySwitching } from '../../../src/renderer/src/db/day-switching-refresh';
import { Rng } from '../../../src/renderer/src/db/generator/prng';
import { accumulateChanges } from '../../../src/renderer/src/db/rollups';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { DaySwitchingBuilder } from '../../../src/renderer/src/domain/switching/day-rollup';
import { HATS } from '../../../src/renderer/src/domain/model/hat';
import type { TimeEntry } from '../../../src/renderer/src/domain/model/time-entry';
import { toMinutes } from '../../../src/renderer/src/domain/units/minutes';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { OWNER_PERSON_ID } from '../../../src/renderer/src/domain/model/person';
import { freshDb, seedWorld } from './helpers';

// A changed day's switching row is recomputed from the entries its stored row keeps and the change,
// never from the entries table: the rows planned must equal a rebuild from the day's entries after
// the change, with no entry stored at all.

const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-09', '2026-03-10', '2026-03-20'].map(toDayKey);

async function seeded() {
  const db = freshDb();
  const { web, app, ads } = await seedWorld(db);
  const rng = new Rng(4711);
  const repo = timeEntriesRepo(db);
  for (let index = 0; index < 60; index += 1) {
    await repo.create({ projectId: rng.pick([web.id, app.id, ads.id]), day: rng.pick(DAYS), minutes: rng.int(1, 120), hat: rng.pick(HATS) });
  }
  return { db, stored: await db.timeEntries.orderBy('id').toArray(), projects: { web, app, ads } };
}

/** The rows a rebuild gives for `days` from `entries` (every entry here is the owner's). */
function rebuilt(days: readonly string[], entries: readonly TimeEntry[]) {
  const builder = new DaySwitchingBuilder();
  for (const entry of entries) if (days.includes(entry.day)) builder.add(entry);
  return builder.rows();
}

describe('planning the switching rows of changed days', () => {
  it('deletes, edits that move an entry to another day, and additions: the rows equal a rebuild, with the entries table empty', async () => {
    const { db, stored, projects } = await seeded();
    const onDay = (day: string) => stored.filter((entry) => entry.day === day);
    // Every entry of 03-20 deleted; two of 03-02 moved to 03-25 (a day with no row yet); one of 03-03
    // longer and on another project; two new ones on 03-04.
    const deleted = onDay('2026-03-20');
    const moved = onDay('2026-03-02').slice(0, 2);
    const lengthened = onDay('2026-03-03').slice(0, 1);
    const edited = [
      ...moved.map((entry) => ({ ...entry, day: toDayKey('2026-03-25'), startedAt: '2026-03-25T08:00:00.000Z' })),
      ...lengthened.map((entry) => ({ ...entry, minutes: toMinutes(entry.minutes + 45), projectId: projects.ads.id })),
    ];
    const added = [0, 1].map((index): TimeEntry => ({ ...(onDay('2026-03-04')[0] as TimeEntry), id: `added-${index}`, startedAt: `2026-03-04T1${index}:00:00.000Z`, minutes: toMinutes(50) }));
    expect(deleted.length).toBeGreaterThan(0);

    await db.timeEntries.clear(); // nothing to read back
    const writes = await db.transaction('rw', db.switchingMonths, () =>
      planDaySwitching(db, accumulateChanges({ removedEntries: [...deleted, ...moved, ...lengthened], addedEntries: [...edited, ...added] })),
    );

    const gone = new Set([...deleted, ...moved, ...lengthened].map((entry) => entry.id));
    const after = [...stored.filter((entry) => !gone.has(entry.id)), ...edited, ...added];
    // Every day is in March: one month row is written whole, the changed days recomputed and the
    // others as stored; 03-20 has no entry left, so it is gone from the month.
    expect(writes.puts.map((month) => [month.month, month.personId])).toEqual([['2026-03', OWNER_PERSON_ID]]);
    const days = writes.puts[0]?.days ?? [];
    expect(days).toEqual(rebuilt([...DAYS, '2026-03-25'], after));
    expect(days.map((row) => row.day)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-09', '2026-03-10', '2026-03-25']);
    expect(writes.deletes).toEqual([]);
    expect(days.find((row) => row.day === '2026-03-25')?.entryCount).toBe(2);
  });
});
