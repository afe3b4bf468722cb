// The replicator: Dexie's outbox → a local PouchDB mirror ⇄ the CouchDB server, and the mirror's
// changes → Dexie through the apply path. A first sync reads the server straight into Dexie instead
// (first-pull.ts), then the mirror carries on from where it ended. PouchDB keeps the replication
// checkpoints (in _local documents on both sides), and the mirror's changes feed is read from a
// sequence kept in syncState and moved only after a batch is applied, so a stop at any point resumes
// where it was: revisions are idempotent, so nothing goes twice and nothing is lost. Conflicts (more
// than one leaf revision) are listed through `conflicts.ts`; Dexie holds CouchDB's deterministic winner.
import PouchDB from 'pouchdb-browser';
import { newId } from '../../domain/ids';
import { RollupAccumulator } from '../../domain/rollup-accumulator';
import { readClock } from '../../platform/clock';
import { type ConflictChoice, readConflict, resolutionDocs, resolvedRevs, sameRecord } from './conflicts';
import {
  FIRST_PULL,
  FIRST_PULL_START,
  type FirstPullState,
  pulledRevisions,
  pullIntoDexie,
  settleRollups,
  toSyncDoc,
} from './first-pull';
import { SYNC_OFF, type SyncStatus, syncProblem } from './sync-status';
import type { SyncConflict, SyncDoc, SyncStore } from './sync-store';

export type { ConflictChoice } from './conflicts';
export type { SyncStatus } from './sync-status';

export interface SyncConfig {
  /** The database's address: `https://couch.example.com/tandem`. */
  url: string;
  /** Requests to the server go through this (Electron: main's proxy; browser: window.fetch). */
  fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
  auth?: { username: string; password: string };
  store: SyncStore;
  /** The local mirror's name (IndexedDB database `_pouch_<name>`). */
  localName?: string;
  /** How this device signs the revisions it writes (shown beside a conflict's sides). */
  device?: string | null;
  /** Keep replicating in the background (the app); false: only `syncNow` moves anything (tests). */
  live?: boolean;
  /** Documents per batch, for the outbox, the changes feed and replication. */
  batchSize?: number;
  /** How often the outbox is looked at while live. */
  outboxPollMs?: number;
}

const LOCAL_SEQ = 'localSeq';
const LAST_SYNCED = 'lastSyncedAt';
/**
 * `unpushed` across a restart, one syncState row per write to the mirror: `unpushed:<its sequence>`
 * holds the keys written then. A write adds its own row and a push checkpoint deletes the rows it
 * covers, so a first upload of 245,000 records writes each key once, not the whole list each batch.
 */
const UNPUSHED_PREFIX = 'unpushed:';
const unpushedRowKey = (seq: number) => `${UNPUSHED_PREFIX}${String(seq).padStart(16, '0')}`; // key order is sequence order
/** The single row of [key, sequence] pairs the previous version kept; read once into rows, then deleted. */
const UNPUSHED_SINGLE_ROW = 'unpushed';
const DEFAULT_BATCH = 500;
/**
 * Without `batchSize`: documents per replication request, and per applied batch of the mirror's
 * changes. A first sync of a whole agency then goes in few large batches: the apply path's rollups
 * re-read every touched day once per batch (npm run bench -- --only=sync, at 1/20 scale: pulling
 * 12,400 documents took 23 s in batches of 500, 18 s in 2,000; applying them 26 s in batches of 500,
 * 11 s in 5,000).
 */
const REPLICATION_BATCH = 2000;
const APPLY_BATCH = 5000;
const DEFAULT_POLL_MS = 1000;
/** Times in a row a batch of the outbox may find the mirror changed under it before giving up for this round. */
const MAX_MIRROR_RETRIES = 5;

type Database = PouchDB.Database;

export class Replicator {
  readonly local: Database;
  readonly remote: Database;
  private status: SyncStatus = { ...SYNC_OFF };
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Revisions this device just wrote to the mirror: their echo in the changes feed is not applied back. */
  private readonly ownRevs = new Set<string>();
  /**
   * Records whose pulled change the apply path deferred (a change of this device was waiting): the
   * revision that change stands on, taken as the pulled revision's parent (null: the pulled one is a
   * first revision), so the waiting change goes up beside the pulled one, not over it.
   */
  private readonly deferredBase = new Map<string, string | null>();
  /** The live replications, one each way (apart, so each says when it is caught up and why it failed). */
  private live: { push: PouchDB.Replication; pull: PouchDB.Replication; caughtUp: { push: boolean; pull: boolean } } | null =
    null;
  private poll: ReturnType<typeof setInterval> | null = null;
  /**
   * This device's changes that are in the mirror but not yet on the server: key → the mirror's sequence
   * after they were written, in that order. The push's checkpoints (a batch stored on the server) remove
   * them. With the outbox this is the "changes waiting" count: a change leaves the outbox when it goes into
   * the mirror, long before it reaches the server, so the outbox alone reads 0 while offline. The outbox
   * is not drained while the server cannot be reached (see `tick`), so what waits offline stays in Dexie;
   * what is here was drained just before the connection dropped. It is kept in syncState (a row per write, UNPUSHED_PREFIX), so
   * a restart still counts it until the push covers it.
   */
  private readonly unpushed = new Map<string, number>();
  /** The keys in each of syncState's unpushed rows, by mirror sequence. */
  private readonly unpushedRows = new Map<number, string[]>();
  private syncingNow = false;
  private probing = false;
  /** While a first pull runs: the documents the server held when it began. */
  private firstPullTotal: number | null = null;
  /** How many of those this computer has applied so far. */
  private firstPullApplied = 0;
  /** The first pull (first-pull.ts) has handed over to the mirror: nothing of it is left to do. */
  private firstPullDone = false;
  /** The revisions the first pull applied, read once when an upload first needs them. */
  private pulledRevs: Map<string, string> | null = null;
  /** start() asked for background replication (Sync now restarts it when it ends). */
  private liveWanted = false;
  /** Not started, or stopped: events and failures no longer change the status. */
  private stopped = true;
  /** stop() was called: a first pull ends after the batch it is applying. */
  private halted = false;

  constructor(private readonly config: SyncConfig) {
    this.local = new PouchDB(config.localName ?? 'tandem-sync');
    this.remote = new PouchDB(config.url, { fetch: config.fetch, auth: config.auth, skip_setup: true });
    infoWithoutRejection(this.remote);
  }

  get current(): SyncStatus {
    return this.status;
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<SyncStatus>): void {
    const next = { ...this.status, ...patch };
    // The poll re-reads the count every second: listeners (the Sync section) hear only of a change.
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    this.status = next;
    for (const listener of this.listeners) listener(this.status);
  }

  /** Runs `task` after every task queued before it: the outbox, the feed and resolutions never interleave. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Checks the server answers to these credentials, then (live) replicates in the background. */
  async start(): Promise<boolean> {
    this.stopped = false;
    this.halted = false;
    const lastSyncedAt = (await this.config.store.readState(LAST_SYNCED)) as string | undefined;
    this.set({ state: 'connecting', message: 'Connecting to the server…', lastSyncedAt: lastSyncedAt ?? null });
    await this.loadUnpushed();
    await this.refreshPending();
    try {
      await this.measureFirstPull(await this.remoteInfo());
      this.reached();
    } catch (error) {
      this.set({ ...syncProblem(error), progress: null });
      if (this.status.state === 'error') return false;
    }
    if (this.config.live === false) return true;
    this.liveWanted = true;
    this.resumeLive();
    this.poll = setInterval(() => this.tick(), this.config.outboxPollMs ?? DEFAULT_POLL_MS);
    void this.serial(() => this.applyChanges()).catch((error: unknown) => this.fail(error));
    this.tick();
    return true;
  }

  /** (Re)starts the live replications once the first pull, if one is due or unfinished, has ended. */
  private resumeLive(): void {
    this.cancelLive();
    void this.serial(() => this.firstPull())
      .then(() => {
        if (!this.stopped && !this.syncingNow) this.startLive();
      })
      .catch((error: unknown) => this.fail(error));
  }

  /**
   * The live poll. The outbox goes into the mirror only while the server is not known to be out of
   * reach (or refusing us): changes made offline then stay in Dexie's outbox, counted as waiting and
   * kept across a restart, rather than sitting in the mirror where only the push knows about them.
   * Offline, the server is asked for its info instead, so the status and the replications come back
   * as soon as it answers, not after PouchDB's retry delay (which grows to minutes).
   */
  private tick(): void {
    const failed = (error: unknown) => this.fail(error);
    if (this.status.state === 'offline' || this.status.state === 'error') {
      // The count follows the changes made meanwhile (pushOutbox counts them otherwise).
      void this.refreshPending().catch(failed);
      if (this.status.state === 'offline') void this.probe();
    } else if (this.firstPullDone) {
      // (During a first pull the outbox waits: its records go up on top of what the pull brings.)
      void this.serial(() => this.pushOutbox()).catch(failed);
    }
  }

  private async probe(): Promise<void> {
    if (this.probing || this.syncingNow) return;
    this.probing = true;
    try {
      await this.remoteInfo();
      if (this.stopped || this.syncingNow || this.status.state !== 'offline') return;
      this.reached();
      this.resumeLive();
      this.tick();
    } catch (error) {
      if (syncProblem(error).state !== 'offline') this.fail(error);
    } finally {
      this.probing = false;
    }
  }

  /** A request to the server succeeded: only then is the status "connected" (not on PouchDB's 'active'). */
  private reached(): void {
    if (this.stopped) return;
    if (this.status.state !== 'connected') this.set({ state: 'connected', message: '' });
  }

  private startLive(): void {
    // Before the first pull is done the mirror's pull would start from nothing (every document
    // through the mirror, the slow way the first pull exists to avoid); resumeLive starts it after.
    if (this.live || !this.firstPullDone) return;
    const options = { live: true, retry: true, batch_size: this.config.batchSize ?? REPLICATION_BATCH };
    const push = this.local.replicate.to(this.remote, options);
    const pull = this.local.replicate.from(this.remote, options);
    const live = { push, pull, caughtUp: { push: false, pull: false } };
    this.live = live;
    // Events of replications already cancelled (by Sync now or a restart) say nothing about these.
    const current = () => this.live === live;
    const failed = (error: unknown) => {
      if (current()) this.fail(error);
    };
    // 'active' is not a sign of the server: PouchDB emits it on every retry too, reachable or not.
    const paused = (direction: 'push' | 'pull') => (error?: unknown) => {
      if (!current()) return;
      if (error) {
        live.caughtUp[direction] = false;
        this.fail(error);
        return;
      }
      // Paused without an error: this direction read the other side to its end.
      live.caughtUp[direction] = true;
      this.reached();
      const inStep = live.caughtUp.push && live.caughtUp.pull;
      if (direction === 'pull' || inStep)
        void this.serial(() => this.applyChanges().then(() => (inStep && current() ? this.markSynced() : undefined))).catch(
          failed,
        );
    };
    push
      .on('checkpoint', (info) => {
        if (info.checkpoint !== undefined) this.pushedThrough(info.checkpoint);
      })
      .on('change', () => {
        if (current()) this.reached();
      })
      .on('paused', paused('push'))
      .on('active', () => {
        live.caughtUp.push = false;
      })
      .on('denied', failed)
      .on('error', failed);
    pull
      .on('change', () => {
        if (!current()) return;
        this.reached();
        void this.serial(() => this.applyChanges()).catch(failed);
      })
      .on('paused', paused('pull'))
      .on('active', () => {
        live.caughtUp.pull = false;
      })
      .on('denied', failed)
      .on('error', failed);
  }

  private cancelLive(): void {
    this.live?.push.cancel();
    this.live?.pull.cancel();
    this.live = null;
  }

  /** The server holds the mirror's changes up to `seq`: those of this device no longer wait. */
  private pushedThrough(seq: number | string): void {
    const through = seqNumber(seq);
    let removed = false;
    for (const [key, written] of this.unpushed) {
      if (written > through) break; // kept in the order written: the rest came later
      this.unpushed.delete(key);
      removed = true;
    }
    const covered = [...this.unpushedRows.keys()].filter((written) => written <= through);
    for (const written of covered) this.unpushedRows.delete(written);
    if (removed || covered.length > 0)
      void this.config.store
        .deleteStates(covered.map(unpushedRowKey))
        .then(() => this.refreshPending())
        .catch((error: unknown) => this.fail(error));
  }

  /** What waited in the mirror when the app last closed. */
  private async loadUnpushed(): Promise<void> {
    if (this.unpushed.size > 0) return;
    const { store } = this.config;
    const single = await store.readState(UNPUSHED_SINGLE_ROW);
    if (Array.isArray(single)) {
      const bySeq = new Map<number, string[]>();
      for (const entry of single as unknown[]) {
        if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number') continue;
        const keys = bySeq.get(entry[1]);
        if (keys) keys.push(entry[0]);
        else bySeq.set(entry[1], [entry[0]]);
      }
      for (const [written, keys] of bySeq) await store.writeState(unpushedRowKey(written), keys);
      await store.deleteStates([UNPUSHED_SINGLE_ROW]);
    }
    for (const [rowKey, keys] of await store.readStatesStartingWith(UNPUSHED_PREFIX)) {
      const written = Number(rowKey.slice(UNPUSHED_PREFIX.length));
      if (!Number.isFinite(written) || !Array.isArray(keys)) continue;
      const strings = keys.filter((key): key is string => typeof key === 'string');
      this.unpushedRows.set(written, strings);
      for (const key of strings) {
        this.unpushed.delete(key); // a later row's write of the same record is the one that waits
        this.unpushed.set(key, written);
      }
    }
  }

  /** `keys` were just written to the mirror by this device: they wait until a push checkpoint covers them. */
  private async wroteToMirror(keys: readonly string[]): Promise<void> {
    // The sequence after the write is at or after each of these documents' own.
    const seq = seqNumber((await this.local.info()).update_seq);
    for (const key of keys) {
      this.unpushed.delete(key);
      this.unpushed.set(key, seq);
    }
    const row = [...(this.unpushedRows.get(seq) ?? []), ...keys];
    this.unpushedRows.set(seq, row);
    await this.config.store.writeState(unpushedRowKey(seq), row);
  }

  /**
   * A first pull's progress: documents applied to this computer (not merely read into the mirror, which
   * runs ahead of the apply, so a bar full while records are still being written would mislead) out of
   * those the server held when it began. Later pulls are a few changes and show none.
   */
  private countApplied(applied: number): void {
    const total = this.firstPullTotal;
    if (total === null || total === 0) return;
    this.firstPullApplied += applied;
    this.set({ state: 'connected', message: '', progress: { done: Math.min(this.firstPullApplied, total), total } });
  }

  /** Sets `firstPullTotal` while the first pull is due or unfinished (and what it applied before a restart). */
  private async measureFirstPull(remote: PouchDB.Info): Promise<void> {
    const state = await this.firstPullState();
    this.firstPullTotal = state && !state.done ? remote.doc_count + (remote.doc_del_count ?? 0) : null;
    this.firstPullApplied = state?.applied ?? 0;
  }

  /**
   * Where the first pull stands: undefined once the mirror has ever pulled without one (a device that
   * synced before first pulls read straight into Dexie; its mirror carries on).
   */
  private async firstPullState(): Promise<FirstPullState | undefined> {
    const { store } = this.config;
    const state = (await store.readState(FIRST_PULL)) as FirstPullState | undefined;
    if (state) return state;
    const neverPulled = (await store.readState(LOCAL_SEQ)) === undefined && (await this.local.info()).doc_count === 0;
    return neverPulled ? FIRST_PULL_START : undefined;
  }

  /**
   * The first pull, if due or unfinished: the server's documents straight into Dexie, then the ones
   * that need revision trees into the mirror, then the mirror's pull set to go on from where the first
   * pull ended (PouchDB stores `since` as its checkpoint) and run to the end once.
   */
  private async firstPull(): Promise<void> {
    if (this.firstPullDone) return;
    let state = await this.firstPullState();
    if (state && !state.done) {
      const { store } = this.config;
      const rollups = new RollupAccumulator();
      const owedBefore = state.rollupsOwed;
      try {
        state = await pullIntoDexie(this.remote, store, state, {
          pageSize: this.config.batchSize,
          rollups,
          applied: (count) => {
            this.countApplied(count);
            return !this.halted;
          },
        });
      } catch (error) {
        // Cut off: what this run applied gets its rollups now (failing that, they are rebuilt later).
        await settleRollups(store, owedBefore, rollups, false).catch(() => undefined);
        throw error;
      }
      await settleRollups(store, owedBefore, rollups, !this.halted);
      if (this.halted) return;
      const batch_size = this.config.batchSize ?? REPLICATION_BATCH;
      if (state.viaMirror.length > 0) await this.local.replicate.from(this.remote, { doc_ids: state.viaMirror, batch_size });
      await this.local.replicate.from(this.remote, { since: state.since, batch_size });
      await store.writeState(FIRST_PULL, { ...state, done: true });
      this.firstPullDone = true;
      // What the mirror brought is applied; with nothing of this device waiting, both directions are
      // caught up now, not only after the live replications' first round trip.
      await this.applyChanges();
      if ((await store.outboxCount()) === 0) await this.markSynced();
    }
    this.firstPullDone = true;
  }

  /** The revision this device's record stands on when the mirror has no copy: the first pull's. */
  private async pulledRevision(key: string): Promise<string | undefined> {
    this.pulledRevs ??= await pulledRevisions(this.config.store);
    return this.pulledRevs.get(key);
  }

  private fail(error: unknown): void {
    if (this.stopped) return;
    this.set({ ...syncProblem(error), progress: null });
  }

  private async markSynced(): Promise<void> {
    this.firstPullTotal = null; // read and applied to the end: a first pull is over
    const lastSyncedAt = readClock().toISOString();
    await this.config.store.writeState(LAST_SYNCED, lastSyncedAt);
    await this.refreshPending();
    this.set({ state: 'connected', message: '', lastSyncedAt, progress: null });
  }

  private async refreshPending(): Promise<void> {
    // A record changed again after its first change went into the mirror counts twice: two changes wait.
    const waiting = await this.config.store.outboxCount();
    this.set({ pending: waiting + this.unpushed.size });
  }

  /**
   * Sends the outbox up and brings down what the server has, to the end, then applies it: the button
   * "Sync now", and what the tests drive. Resolves with the status it ended in.
   */
  async syncNow(): Promise<SyncStatus> {
    const wasLive = this.live !== null;
    this.cancelLive();
    this.syncingNow = true;
    try {
      // Nothing moves while the server refuses us or cannot be reached: the outbox keeps the count.
      await this.measureFirstPull(await this.remoteInfo());
      this.set({ state: 'connecting', message: 'Syncing…' });
      await this.serial(() => this.firstPull());
      if (this.firstPullDone) {
        await this.serial(() => this.pushOutbox());
        await this.replicateOnce();
        await this.serial(() => this.applyChanges());
        await this.markSynced();
      }
    } catch (error) {
      this.set({ ...syncProblem(error), progress: null });
      await this.refreshPending();
    } finally {
      this.syncingNow = false;
      if ((wasLive || this.liveWanted) && !this.stopped) this.startLive();
    }
    return this.status;
  }

  private async replicateOnce(): Promise<void> {
    const batch_size = this.config.batchSize ?? REPLICATION_BATCH;
    const push = this.local.replicate.to(this.remote, { batch_size });
    push.on('checkpoint', (info) => {
      if (info.checkpoint !== undefined) this.pushedThrough(info.checkpoint);
    });
    const pushed = (await push) as PouchDB.ReplicationInfo;
    if (pushed.last_seq !== undefined) this.pushedThrough(pushed.last_seq);
    await this.local.replicate.from(this.remote, { batch_size });
  }

  /** Outbox rows → mirror documents on top of the mirror's current revisions, then clears them. */
  private async pushOutbox(): Promise<void> {
    // Until the first pull is done the outbox holds every record this device had when sync began,
    // which is how the first pull knows a record it has not applied is not stored here (`unstored`).
    if (!this.firstPullDone) return;
    const { store } = this.config;
    const limit = this.config.batchSize ?? DEFAULT_BATCH;
    let moved = 0;
    for (;;) {
      const items = await store.takeOutbox(limit);
      if (items.length === 0) break;
      const keys = [...new Set(items.map((item) => item.key))];
      const { rows } = await this.local.allDocs({ keys, include_docs: true });
      // The pull writes into the mirror on its own: a revision it brought may not be in Dexie yet, and a
      // change written on top of it would replace a change this device never saw (no conflict, one lost).
      // So the mirror's changes are applied first: one to a record of this batch is deferred (its outbox
      // row is here) and this change goes up beside it (deferredBase). One that lands after allDocs makes
      // the write below a conflict (409), and the batch is taken again.
      await this.applyChanges();
      const current = new Map(rows.map((row) => [row.key, row]));
      const writes: PouchDB.Doc[] = [];
      const branches: PouchDB.Doc[] = [];
      const device = this.config.device ?? null;
      for (const item of items) {
        const row = current.get(item.key);
        const live = row?.doc && !row.value?.deleted ? row.doc : null;
        const resolved = live ? resolvedRevs(live) : [];
        const extra = resolved.length > 0 ? { resolved } : {};
        // A pulled change landed on this record after this device's change was made (the apply path
        // left the record alone): this change goes up beside it, as a conflict, not over it. A record
        // the mirror has no copy of, the first pull brought: this change goes on top of that revision.
        const base = row?.value ? this.deferredBase.get(item.key) : await this.pulledRevision(item.key);
        if (base !== undefined) {
          const body = 'deleted' in item ? { _deleted: true } : { table: item.doc.table, record: item.doc.record };
          branches.push(await this.branchFrom(item.key, base, { ...body, device, ...extra }));
          continue;
        }
        if ('deleted' in item) {
          if (live) writes.push({ _id: item.key, _rev: live._rev, _deleted: true, table: live.table, device, ...extra });
        } else if (!live || !sameRecord(live.record, item.doc.record)) {
          writes.push({
            _id: item.key,
            ...(live ? { _rev: live._rev } : {}),
            table: item.doc.table,
            record: item.doc.record,
            device,
            ...extra,
          });
        }
      }
      let mirrorMoved = false;
      const written: string[] = [];
      if (writes.length > 0) {
        const results = await this.local.bulkDocs(writes);
        mirrorMoved = results.some((result) => result.status === 409);
        const failed = results.find((result) => result.error && result.status !== 409);
        if (failed) throw new Error(`The local copy refused ${failed.id}: ${failed.message ?? String(failed.error)}`);
        for (const result of results) {
          if (result.error) continue;
          this.ownRevs.add(`${result.id}@${result.rev}`);
          written.push(result.id);
        }
      }
      if (branches.length > 0) {
        const results = await this.local.bulkDocs(branches, { new_edits: false });
        const failed = results.find((result) => result.error);
        if (failed) throw new Error(`The local copy refused ${failed.id}: ${failed.message ?? String(failed.error)}`);
        for (const branch of branches) {
          this.deferredBase.delete(branch._id);
          this.ownRevs.add(`${branch._id}@${branch._rev}`);
          written.push(branch._id);
        }
      }
      if (written.length > 0) await this.wroteToMirror(written);
      if (mirrorMoved) {
        // The outbox rows stay; taken again, what was written is found equal and not written twice.
        moved += 1;
        if (moved > MAX_MIRROR_RETRIES) throw new Error('The local copy kept changing under the upload; it is tried again shortly.');
        continue;
      }
      await store.clearOutbox(Math.max(...items.map((item) => item.seq)));
      if (items.length < limit) break;
    }
    await this.refreshPending();
  }

  /** A revision of `id` whose parent is `base` (a sibling of whatever came after it; null: a new root). */
  private async branchFrom(id: string, base: string | null, body: Record<string, unknown>): Promise<PouchDB.Doc> {
    const ancestry = base === null ? { start: 0, ids: [] } : await this.ancestry(id, base);
    const hash = newId().replaceAll('-', '');
    return {
      ...body,
      _id: id,
      _rev: `${ancestry.start + 1}-${hash}`,
      _revisions: { start: ancestry.start + 1, ids: [hash, ...ancestry.ids] },
    };
  }

  /**
   * `rev` and its ancestors as the mirror knows them; when the mirror does not hold `rev` itself (the
   * first pull brought it, or only its descendants were pulled), `rev` alone: the server finds the rest
   * of the path by that revision, as CouchDB merges a path whose oldest revisions were stemmed.
   */
  private async ancestry(id: string, rev: string): Promise<{ start: number; ids: string[] }> {
    const stemmed = { start: Number.parseInt(rev, 10), ids: [rev.slice(rev.indexOf('-') + 1)] };
    try {
      return (await this.local.get(id, { rev, revs: true }))._revisions ?? stemmed;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      return stemmed;
    }
  }

  /** The mirror's changes since the kept sequence → Dexie (winners) and the conflict list. */
  private async applyChanges(): Promise<void> {
    const { store } = this.config;
    const limit = this.config.batchSize ?? APPLY_BATCH;
    let since = ((await store.readState(LOCAL_SEQ)) as number | string | undefined) ?? 0;
    for (;;) {
      const feed = await this.local.changes({ since, limit, include_docs: true, conflicts: true, style: 'all_docs' });
      if (feed.results.length === 0) break;
      const docs: SyncDoc[] = [];
      const settled: string[] = [];
      const found: SyncConflict[] = [];
      for (const row of feed.results) {
        const doc = row.doc;
        if (!doc) continue;
        const several = row.changes.length > 1;
        const own = this.ownRevs.delete(`${row.id}@${doc._rev}`);
        if (!own || several) docs.push(toSyncDoc(doc));
        if (several) {
          const conflict = await readConflict(this.local, row.id);
          if (conflict) found.push(conflict);
          else settled.push(row.id);
        } else {
          settled.push(row.id);
        }
      }
      if (docs.length > 0) {
        const outcome = await store.applyRemoteChanges(docs);
        const deferred = new Set(outcome.deferred);
        for (const doc of docs) {
          if (!deferred.has(doc._id) || doc._rev === undefined) continue;
          const pulled = await this.local.get(doc._id, { rev: doc._rev, revs: true });
          const ids = pulled._revisions?.ids ?? [];
          const start = pulled._revisions?.start ?? 1;
          this.deferredBase.set(doc._id, ids.length > 1 ? `${start - 1}-${ids[1]}` : null);
        }
      }
      if (settled.length > 0) await store.deleteConflicts(settled);
      if (found.length > 0) await store.putConflicts(found);
      since = feed.last_seq;
      await store.writeState(LOCAL_SEQ, since);
      this.countApplied(feed.results.length);
      if (feed.results.length < limit) break;
    }
  }

  /** The server's database info; PouchDB hands an error answer back as info, so it is thrown here. */
  private async remoteInfo(): Promise<PouchDB.Info> {
    const info = (await this.remote.info()) as PouchDB.Info & { error?: string; reason?: string; failure?: unknown };
    if ('failure' in info) throw info.failure;
    if (info.error === undefined) return info;
    const status = { unauthorized: 401, forbidden: 403, not_found: 404 }[info.error] ?? 500;
    throw Object.assign(new Error(info.reason ?? info.error), { status, reason: info.reason });
  }

  async listConflicts(): Promise<SyncConflict[]> {
    return this.config.store.listConflicts();
  }

  /** Keeps the chosen side (or the merge) on top of the winner and removes the losing revisions. */
  async resolveConflict(id: string, choice: ConflictChoice): Promise<void> {
    await this.serial(async () => {
      await this.pushOutbox();
      const conflict = await this.config.store.getConflict(id);
      if (!conflict) throw new Error('This conflict is no longer listed.');
      const writes = await resolutionDocs(this.local, conflict, choice, this.config.device ?? null);
      const results = await this.local.bulkDocs(writes);
      const failed = results.find((result) => result.error);
      if (failed) throw new Error(`The local copy refused the resolution: ${failed.message ?? String(failed.error)}`);
      await this.wroteToMirror([conflict.key]);
      await this.refreshPending();
      await this.applyChanges();
    });
  }

  /** Counts on each side before a device that has data joins (the UI asks to confirm, after a backup). */
  async joinPreview(): Promise<{ local: number; remote: number }> {
    const [local, info] = await Promise.all([this.config.store.recordCount(), this.remoteInfo()]);
    return { local, remote: info.doc_count };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.halted = true;
    this.liveWanted = false;
    this.cancelLive();
    if (this.poll !== null) clearInterval(this.poll);
    this.poll = null;
    await this.queue;
    this.set({ ...SYNC_OFF, lastSyncedAt: this.status.lastSyncedAt, pending: this.status.pending });
  }

  /** Stops and closes both PouchDB handles (the mirror's data stays). */
  async close(): Promise<void> {
    await this.stop();
    await this.local.close();
    await this.remote.close();
  }
}

/**
 * PouchDB 9's replication reads its source's info after each batch (for its task list) and does not
 * catch a failure (replicate.js, finishBatch): with the server as the source, a connection lost in that
 * moment is an unhandled rejection, a console error in the app. So the server handle's info() does not
 * reject: a failed request comes back as `{ failure }`, which remoteInfo throws.
 */
function infoWithoutRejection(remote: Database): void {
  const info = remote.info.bind(remote);
  remote.info = () => info().catch((failure: unknown) => ({ failure }) as unknown as PouchDB.Info);
}

/** The local mirror's sequences are numbers (IndexedDB adapter); a string one is read as its number. */
function seqNumber(seq: number | string): number {
  return typeof seq === 'number' ? seq : Number.parseInt(seq, 10);
}

// The app's one replicator and the small API the Sync settings and conflicts views use.
let active: Replicator | null = null;
const appListeners = new Set<(status: SyncStatus) => void>();
let lastStatus: SyncStatus = { ...SYNC_OFF };
let unsubscribe: (() => void) | null = null;

export async function startSync(config: SyncConfig): Promise<SyncStatus> {
  await stopSync();
  const replicator = new Replicator(config);
  active = replicator;
  unsubscribe = replicator.onStatus((status) => {
    lastStatus = status;
    for (const listener of appListeners) listener(status);
  });
  await replicator.start();
  return replicator.current;
}

export async function syncNow(): Promise<SyncStatus> {
  if (!active) return lastStatus;
  return active.syncNow();
}

export async function stopSync(): Promise<void> {
  const replicator = active;
  active = null;
  if (!replicator) return;
  await replicator.close();
  unsubscribe?.();
  unsubscribe = null;
}

export function onStatus(listener: (status: SyncStatus) => void): () => void {
  appListeners.add(listener);
  listener(lastStatus);
  return () => appListeners.delete(listener);
}

export async function listConflicts(store: SyncStore): Promise<SyncConflict[]> {
  return store.listConflicts();
}

export async function resolveConflict(id: string, choice: ConflictChoice): Promise<void> {
  if (!active) throw new Error('Start syncing to resolve a conflict: the choice has to reach the other devices.');
  await active.resolveConflict(id, choice);
}

/** Counts on each side for the join confirmation, before anything is sent. */
export async function joinPreview(config: SyncConfig): Promise<{ local: number; remote: number }> {
  const replicator = new Replicator({ ...config, live: false });
  try {
    return await replicator.joinPreview();
  } finally {
    await replicator.local.close();
    await replicator.remote.close();
  }
}
