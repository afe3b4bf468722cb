// A first sync straight from the server into Dexie (docs/decisions.md, "Sync": "A first sync skips the
// mirror"). Going through the local PouchDB mirror, each document is written twice more than Dexie
// writes it (PouchDB's document and sequence stores), which made a first sync 9–14 times the raw
// bulkPut of the same records. Here the server's changes feed is read page after page and each batch
// goes straight to the apply path (validation, quarantine, deferral of records with a change waiting
// here), its rollups gathered and written once when the pull ends (`settleRollups`); the revision
// Dexie now holds of each record is kept beside it, one syncState row per batch, so a later change of
// this device goes up on top of it (`pulledRevisions`). What needs a
// revision tree (a document with several leaves, one whose conflict was resolved, one deferred because
// of a change waiting here) is left to the mirror: the replicator replicates those ids into it, where
// conflicts are found as for any pull. The state moves only after a batch is applied, so a stop at any
// point resumes from the last applied batch; applying one twice stores nothing twice.
import type PouchDB from 'pouchdb-browser';
import type { RollupAccumulator } from '../../domain/rollup-accumulator';
import type { SyncDoc, SyncStore } from './sync-store';

/** syncState: how far the first pull went, and which records wait for the mirror. */
export const FIRST_PULL = 'firstPull';
/** syncState `firstPullRevs:<n>`: batch n's records as `{ "<table>:<id>": revision }`. */
const REVS_PREFIX = 'firstPullRevs:';

export interface FirstPullState {
  /** The server's sequence up to which every change is applied (or left to the mirror). */
  since: number | string;
  /** Batches applied, each with its revisions row. */
  batches: number;
  /** Documents applied to this device so far (the progress bar, across a restart). */
  applied: number;
  /** Documents that go through the mirror, for their revision trees. */
  viaMirror: string[];
  /** The mirror has those and every later change too: later syncs are the mirror's alone. */
  done: boolean;
  /**
   * Records were applied whose rollups are gathered in memory and not written yet. Still true when a
   * pull starts, the app closed in the middle (the gathered changes went with it): the rollups are
   * then rebuilt when the pull ends (or at start-up, see sync-server.ts).
   */
  rollupsOwed: boolean;
}

export const FIRST_PULL_START: FirstPullState = { since: 0, batches: 0, applied: 0, viaMirror: [], done: false, rollupsOwed: false };

export function toSyncDoc(doc: PouchDB.Doc): SyncDoc {
  if (doc._deleted) return { _id: doc._id, _rev: doc._rev, _deleted: true };
  return { _id: doc._id, _rev: doc._rev, table: doc.table as string, record: doc.record as Record<string, unknown> };
}

function readPage(remote: PouchDB.Database, since: number | string, limit: number): Promise<PouchDB.ChangesResponse> {
  // batch_size: PouchDB's HTTP changes would otherwise ask in pages of 25.
  return remote.changes({ since, limit, batch_size: limit, include_docs: true, conflicts: true, style: 'all_docs', return_docs: true });
}

/** Whether a document can be applied without its revision tree. */
function plain(row: PouchDB.ChangeRow): row is PouchDB.ChangeRow & { doc: PouchDB.Doc } {
  return row.doc !== undefined && row.changes.length === 1 && !('resolved' in row.doc);
}

/**
 * The server's changes from `since` to their end, page after page as fast as it answers, while the
 * caller applies what came: the server's work overlaps the writes. `take()` waits for at least one
 * page and hands over every page that has come, as one batch (fewer, larger transactions); null at
 * the end. At most `ahead` documents wait, so memory stays bounded.
 */
class PageReader {
  private readonly pages: PouchDB.ChangesResponse[] = [];
  private waiting = 0;
  private ended = false;
  private failure: { error: unknown } | null = null;
  private wake: (() => void) | null = null;
  private room: (() => void) | null = null;

  constructor(remote: PouchDB.Database, since: number | string, pageSize: number, private readonly ahead: number) {
    void this.read(remote, since, pageSize);
  }

  private async read(remote: PouchDB.Database, from: number | string, pageSize: number): Promise<void> {
    let since = from;
    try {
      for (;;) {
        while (this.waiting >= this.ahead) await new Promise<void>((resolve) => (this.room = resolve));
        const page = await readPage(remote, since, pageSize);
        this.pages.push(page);
        this.waiting += page.results.length;
        if (page.results.length < pageSize) this.ended = true;
        this.wake?.();
        if (this.ended) return;
        since = page.last_seq;
      }
    } catch (error) {
      this.failure = { error };
      this.wake?.();
    }
  }

  async take(): Promise<{ rows: PouchDB.ChangeRow[]; lastSeq: number | string } | null> {
    while (this.pages.length === 0 && !this.ended && !this.failure) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    const pages = this.pages.splice(0);
    this.waiting = 0;
    this.room?.();
    const last = pages.at(-1);
    if (last) return { rows: pages.flatMap((page) => page.results), lastSeq: last.last_seq };
    if (this.failure) throw this.failure.error;
    return null;
  }
}

/** Documents per request of a first pull, and at most this many read ahead of what is applied. */
const PAGE_SIZE = 2_500;
const READ_AHEAD = 50_000;

export interface PullOptions {
  /** Documents per request; a size below PAGE_SIZE (the tests) also caps each applied batch at one page. */
  pageSize?: number;
  /** Told after each applied batch how many documents it applied; false: stop there (Stop syncing). */
  applied: (count: number) => boolean;
  /** Where the applied records' rollup changes are gathered (see `settleRollups`). */
  rollups: RollupAccumulator;
}

/**
 * Reads the server's changes from `from.since` to their end into Dexie, applying whatever has come
 * while the previous batch was written, and returns the state it ended in (also kept in syncState).
 */
export async function pullIntoDexie(remote: PouchDB.Database, store: SyncStore, from: FirstPullState, options: PullOptions): Promise<FirstPullState> {
  let state = from;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const reader = new PageReader(remote, state.since, pageSize, pageSize < PAGE_SIZE ? pageSize : READ_AHEAD);
  // A pull from the start has every record once, unless one changed while it ran: a record it has
  // not applied yet is not stored here (the device's own records wait in the outbox and are deferred),
  // so the apply path need not look for it. After a restart what the pull applied before is not known.
  const seen = from.since === 0 ? new Set<string>() : null;
  for (;;) {
    const batch = await reader.take();
    if (!batch) return state;
    if (batch.rows.length === 0) continue;
    const docs: SyncDoc[] = [];
    const viaMirror: string[] = [];
    for (const row of batch.rows) {
      if (plain(row)) docs.push(toSyncDoc(row.doc));
      else viaMirror.push(row.id);
    }
    const unstored = seen !== null && docs.every((doc) => !seen.has(doc._id));
    for (const doc of docs) seen?.add(doc._id);
    const outcome =
      docs.length > 0 ? await store.applyRemoteChanges(docs, { unstored, gatherRollups: options.rollups }) : { deferred: [], problems: [] };
    // Dexie holds these revisions now; deferred and quarantined documents it does not hold.
    const notHeld = new Set([...outcome.deferred, ...outcome.problems.map((problem) => problem.key)]);
    const revisions = Object.fromEntries(docs.flatMap((doc) => (notHeld.has(doc._id) || !doc._rev ? [] : [[doc._id, doc._rev]])));
    await store.writeState(`${REVS_PREFIX}${state.batches}`, revisions);
    state = {
      since: batch.lastSeq,
      batches: state.batches + 1,
      applied: state.applied + docs.length,
      viaMirror: [...state.viaMirror, ...viaMirror, ...outcome.deferred],
      done: false,
      rollupsOwed: true,
    };
    await store.writeState(FIRST_PULL, state);
    if (!options.applied(docs.length)) return state;
  }
}

/**
 * Writes the rollups of what this run of the pull applied, when it ends in any way (`finished`: to
 * the end; else stopped or cut off). They are gathered from this run's batches only: owed ones from a run the app
 * closed in the middle of, or a record applied twice (changed on the server while the pull ran, so
 * `rollups` holds a removal its switching rows cannot undo), mean a rebuild, once the pull is done.
 */
export async function settleRollups(store: SyncStore, owedBefore: boolean, rollups: RollupAccumulator, finished: boolean): Promise<void> {
  const state = (await store.readState(FIRST_PULL)) as FirstPullState | undefined;
  if (!state?.rollupsOwed) return;
  const rebuild = owedBefore || rollups.hasRemovals();
  if (rebuild && !finished) return;
  await store.writeGatheredRollups(rebuild ? null : rollups);
  await store.writeState(FIRST_PULL, { ...state, rollupsOwed: false });
}

/** The revision of each record the first pull applied: "<table>:<id>" → revision. */
export async function pulledRevisions(store: SyncStore): Promise<Map<string, string>> {
  const state = (await store.readState(FIRST_PULL)) as FirstPullState | undefined;
  const revisions = new Map<string, string>();
  for (let batch = 0; batch < (state?.batches ?? 0); batch += 1) {
    const row = (await store.readState(`${REVS_PREFIX}${batch}`)) as Record<string, string> | undefined;
    for (const [key, rev] of Object.entries(row ?? {})) revisions.set(key, rev);
  }
  return revisions;
}
