import type { ClearedLink } from '../../domain/model/trash-item';
import { ASSIGNEE_ME } from '../../domain/model/task';
import type { TandemDb } from '../db';

// Clearing and re-setting references held by records that stay when something is trashed
// (an entry's taskId, a block's taskIds, a task's assignee). Runs inside the trash transaction.

/** What a cleared single-value field becomes: unassigned tasks go back to the user, others are removed. */
const CLEARED_VALUE: Record<string, string | undefined> = { assignee: ASSIGNEE_ME };

function clearOne(record: Record<string, unknown>, link: ClearedLink): void {
  if (link.kind === 'arrayElement') {
    const values = record[link.field];
    if (Array.isArray(values)) record[link.field] = values.filter((value) => value !== link.value);
    return;
  }
  if (record[link.field] !== link.value) return;
  const replacement = CLEARED_VALUE[link.field];
  if (replacement === undefined) delete record[link.field];
  else record[link.field] = replacement;
}

function restoreOne(record: Record<string, unknown>, link: ClearedLink): void {
  if (link.kind === 'arrayElement') {
    const values = record[link.field];
    const list: unknown[] = Array.isArray(values) ? [...values] : [];
    if (!list.includes(link.value)) list.splice(Math.min(link.index ?? list.length, list.length), 0, link.value);
    record[link.field] = list;
    return;
  }
  // Only put the link back if nobody set the field to something else in the meantime.
  if (record[link.field] === CLEARED_VALUE[link.field]) record[link.field] = link.value;
}

export async function applyLinks(db: TandemDb, links: readonly ClearedLink[], direction: 'clear' | 'restore'): Promise<void> {
  const byTable = new Map<string, ClearedLink[]>();
  // Array elements go back in ascending index order so each lands where it stood.
  const ordered = direction === 'restore' ? [...links].sort((a, b) => (a.index ?? 0) - (b.index ?? 0)) : links;
  for (const link of ordered) byTable.set(link.table, [...(byTable.get(link.table) ?? []), link]);
  for (const [tableName, tableLinks] of byTable) {
    const table = db.table<Record<string, unknown>, string>(tableName);
    const ids = [...new Set(tableLinks.map((link) => link.recordId))];
    const records = await table.bulkGet(ids);
    const byId = new Map<string, Record<string, unknown>>();
    records.forEach((record, index) => {
      const id = ids[index];
      if (record && id !== undefined) byId.set(id, record);
    });
    for (const link of tableLinks) {
      const record = byId.get(link.recordId);
      if (!record) continue; // the record went away meanwhile: nothing to re-link
      if (direction === 'clear') clearOne(record, link);
      else restoreOne(record, link);
    }
    await table.bulkPut([...byId.values()]);
  }
}
