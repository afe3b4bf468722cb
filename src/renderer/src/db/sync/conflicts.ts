// Conflicts in the local PouchDB mirror: a document with more than one leaf revision. CouchDB's
// deterministic winner (the same on every device) is what Dexie holds; the losing leaves are listed
// until the user keeps a side or merges, and resolving removes them, so every device sees it resolved.
// A deleted leaf beside a live winner is an edit against a delete. Deleted leaves stay in the revision
// tree for good (tombstones), so the document carries `resolved`: the revisions the user has decided
// on; a deleted leaf that is, or whose parent is, one of them is history, not a conflict.
import type PouchDB from 'pouchdb-browser';
import type { ConflictSide, SyncConflict } from './sync-store';

export type ConflictChoice = { keep: 'winner' } | { keep: 'loser' } | { merge: Record<string, 'winner' | 'loser'> };

type Doc = PouchDB.Doc;
type Database = PouchDB.Database;

function recordOf(doc: Doc): Record<string, unknown> | null {
  if (doc._deleted) return null;
  const record = doc.record;
  return record && typeof record === 'object' ? (record as Record<string, unknown>) : null;
}

function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.keys(value as object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/** Fields whose values differ; against a deletion (null) every field of the other side. */
export function differingFields(a: Record<string, unknown> | null, b: Record<string, unknown> | null): string[] {
  if (a === null && b === null) return [];
  if (a === null || b === null) return Object.keys((a ?? b) as object).sort();
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => canonical(a[key]) !== canonical(b[key])).sort();
}

export function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export function resolvedRevs(doc: Doc): string[] {
  return Array.isArray(doc.resolved) ? doc.resolved.filter((rev): rev is string => typeof rev === 'string') : [];
}

function parentRev(doc: Doc): string | null {
  const revisions = doc._revisions;
  if (!revisions || revisions.ids.length < 2) return null;
  return `${revisions.start - 1}-${revisions.ids[1]}`;
}

function splitKey(key: string): { table: string; recordId: string } {
  const at = key.indexOf(':');
  return { table: key.slice(0, at), recordId: key.slice(at + 1) };
}

/** The document's conflict as stored for the UI, or null when its leaves agree on one live revision. */
export async function readConflict(local: Database, id: string): Promise<SyncConflict | null> {
  let winner: Doc;
  try {
    winner = await local.get(id);
  } catch {
    return null; // every leaf deleted: the record is gone everywhere, nothing to choose
  }
  const settled = new Set(resolvedRevs(winner));
  // Every leaf, deleted ones too (the IndexedDB adapter does not answer `deleted_conflicts`).
  const leaves = await local.get(id, { open_revs: 'all', revs: true });
  const losers: ConflictSide[] = [];
  for (const leaf of leaves) {
    const doc = leaf.ok;
    if (!doc || doc._rev === winner._rev || doc._rev === undefined || settled.has(doc._rev)) continue;
    if (doc._deleted) {
      const parent = parentRev(doc);
      if (parent !== null && settled.has(parent)) continue;
    }
    losers.push({ rev: doc._rev, record: recordOf(doc), device: deviceOf(doc) });
  }
  // Newest first (higher generation), then by revision id: the same order on every device.
  losers.sort((a, b) => generation(b.rev) - generation(a.rev) || (a.rev < b.rev ? 1 : -1));
  const first = losers[0];
  if (first === undefined) return null;
  const winnerSide: ConflictSide = { rev: winner._rev ?? '', record: recordOf(winner), device: deviceOf(winner) };
  return {
    id,
    key: id,
    ...splitKey(id),
    winner: winnerSide,
    losers,
    fields: differingFields(winnerSide.record, first.record),
  };
}

function generation(rev: string): number {
  return Number.parseInt(rev, 10);
}

function deviceOf(doc: Doc): string | null {
  return typeof doc.device === 'string' ? doc.device : null;
}

/**
 * The writes that settle a conflict: the chosen record on top of the winning revision (or its deletion),
 * and every losing live revision deleted; `resolved` records what was decided so tombstones stay quiet.
 */
export async function resolutionDocs(
  local: Database,
  conflict: SyncConflict,
  choice: ConflictChoice,
  device: string | null,
): Promise<Doc[]> {
  const current = await local.get(conflict.key);
  if (current._rev !== conflict.winner.rev)
    throw new Error('This record changed since the conflict was listed; look at it again.');
  const loser = conflict.losers[0];
  if (loser === undefined) throw new Error('This conflict has no other side left.');
  let record: Record<string, unknown> | null;
  if ('merge' in choice) {
    if (conflict.winner.record === null || loser.record === null)
      throw new Error('A deleted record cannot be merged field by field: keep one side.');
    record = { ...conflict.winner.record };
    for (const [field, side] of Object.entries(choice.merge)) {
      const source = side === 'winner' ? conflict.winner.record : loser.record;
      if (field in source) record[field] = source[field];
      else delete record[field];
    }
  } else {
    record = choice.keep === 'winner' ? conflict.winner.record : loser.record;
  }
  const resolved = [...new Set([...resolvedRevs(current), ...conflict.losers.map((side) => side.rev)])];
  const writes: Doc[] = [];
  if (record === null) {
    writes.push({ _id: conflict.key, _rev: conflict.winner.rev, _deleted: true, table: conflict.table, resolved, device });
  } else {
    writes.push({ _id: conflict.key, _rev: conflict.winner.rev, table: conflict.table, record, resolved, device });
  }
  for (const side of conflict.losers) {
    if (side.record !== null) writes.push({ _id: conflict.key, _rev: side.rev, _deleted: true, resolved, device });
  }
  return writes;
}
