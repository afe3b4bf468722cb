import type { TandemDb } from '../../../../src/renderer/src/db/db';
import { loadSampleAgency } from '../../../../src/renderer/src/db/generator/load';
import { importEntries } from '../../../../src/renderer/src/db/repositories/entries-import';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { trashRepo } from '../../../../src/renderer/src/db/repositories/trash-repo';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';

/** Sorts before every random UUID, so its note sits before everything else in the export's entries. */
export const PAD_ENTRY_ID = '00000000-0000-4000-8000-000000000000';
const NOTE = `Café Müller · 日本の顧客 · 🎉🚀 ${'é日🎉ü'.repeat(400)}`.slice(0, 2000);

/**
 * Fixed ids that sort after every other entry: the notes sit together at the end of the entries,
 * so the same multi-byte text lies at the 1 MB edge on every run. With random ids a run of
 * ASCII-only sample entries could land there, and the padding needed to shift past it would
 * exceed a note's 2,000 characters (the CI failure of the previous session).
 */
const noteEntryId = (index: number) => `ffffffff-ffff-4fff-bfff-${String(index).padStart(12, '0')}`;

/**
 * The sample agency, a trashed client, and 200 notes written mostly in two- to four-byte
 * characters (over 1 MB of them), plus a padding entry whose note shifts everything after it.
 */
export async function seedForBackup(db: TandemDb): Promise<void> {
  await loadSampleAgency(db, { today: toDayKey('2026-03-20'), seed: 11 });
  const project = (await db.projects.toArray())[0];
  if (!project) throw new Error('no project');
  const entries = timeEntriesRepo(db);
  await entries.create({ id: PAD_ENTRY_ID, projectId: project.id, day: '2026-03-02', minutes: 5, note: 'pad' });
  const rows = Array.from({ length: 200 }, (_, i) => ({
    id: noteEntryId(i),
    projectId: project.id,
    startedAt: new Date(Date.UTC(2026, 2, 3, 8, i)).toISOString(),
    day: '2026-03-03',
    minutes: 1,
    note: `${i} ${NOTE}`.slice(0, 2000),
  }));
  await importEntries(db, rows, { source: 'tandem', fileName: 'notes.csv', importedAt: '2026-03-03T08:00:00.000Z', rowCount: 0 });
  const doomed = await clientsRepo(db).create({ name: 'Zoë & Søren ApS', currency: 'DKK' });
  await trashRepo(db).moveToTrash('clients', doomed.id);
}

/** Lengthens the padding entry's note by `bytes` ASCII characters (a note is not in any rollup). */
export async function shiftAfterPad(db: TandemDb, bytes: number): Promise<void> {
  await db.timeEntries.update(PAD_ENTRY_ID, { note: `pad${'x'.repeat(bytes)}` });
}
