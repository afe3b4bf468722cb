// The replicator against a real CouchDB-protocol server (PouchDB Server, started by the test on
// 127.0.0.1): two devices, each a Tandem database on fake-indexeddb with its outbox on, and a local
// PouchDB mirror.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { repairRollups } from '../../../../src/renderer/src/db/rollups';
import { tasksRepo } from '../../../../src/renderer/src/db/repositories/tasks-repo';
import { Replicator, type SyncConfig } from '../../../../src/renderer/src/db/sync/replicator';
import { type SyncStore, dexieSyncStore } from '../../../../src/renderer/src/db/sync/sync-store';
import type { SyncStatus } from '../../../../src/renderer/src/db/sync/sync-status';
import { type TimeEntry, timeEntrySchema } from '../../../../src/renderer/src/domain/model/time-entry';
import { type CouchServer, startCouchServer } from '../../../support/couch-server';
import { TEST_NOW_MS } from '../../../support/test-clock';
import { rollupSnapshot, seedWorld } from '../helpers';
import { type Device, closeDevices, openDevice, syncedRecords as records } from './devices';

// pouchdb-browser reads the browser's `self` when it loads.
vi.hoisted(() => {
  (globalThis as { self?: unknown }).self = globalThis;
});

/** A stored-shape entry on a project at 120.00/h in EUR. */
function entry(id: string, projectId: string, minutes: number): TimeEntry {
  const day = '2026-03-02';
  return timeEntrySchema.parse({
    id,
    projectId,
    startedAt: `${day}T08:00:00.000Z`,
    day,
    minutes,
    hat: 'production',
    billable: true,
    rateSnapshot: 12_000,
    currency: 'EUR',
    note: '',
    source: { kind: 'manual' },
  });
}

let server: CouchServer;

beforeAll(async () => {
  server = await startCouchServer({ store: 'disk' });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

afterEach(async () => {
  await closeDevices();
  // Each test starts from an empty server database.
  await server.start();
  await server.request(`/${server.database}`, { method: 'DELETE' });
  await server.request(`/${server.database}`, { method: 'PUT' });
  await server.request(`/${server.database}/_security`, {
    method: 'PUT',
    body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [server.user.name], roles: [] } }),
  });
});

function device(name: string, overrides: Partial<SyncConfig> = {}): Promise<Device> {
  return openDevice(server, name, overrides);
}

async function syncAll(...replicators: Replicator[]): Promise<void> {
  // Twice round: the second pass brings each device what the others sent after it had synced.
  for (let round = 0; round < 2; round += 1) {
    for (const replicator of replicators) {
      const status = await replicator.syncNow();
      expect(status.state, status.message).toBe('connected');
    }
  }
}

describe('replicator', () => {
  it('two devices converge after offline edits on both', async () => {
    const a = await device('laptop');
    const b = await device('desktop');
    await seedWorld(a.db); // settings, 2 clients, 3 projects
    await clientsRepo(b.db).create({ name: 'Initech', currency: 'EUR' });
    await tasksRepo(b.db).create({ title: 'Send the quote' });
    await a.replicator.start();
    await b.replicator.start();
    await syncAll(a.replicator, b.replicator);
    expect(await records(a.db)).toEqual(await records(b.db));
    // 2 + 1 clients, 3 projects, 1 task, the agency settings: 8 documents.
    const onA = await records(a.db);
    expect([onA.clients?.length, onA.projects?.length, onA.tasks?.length, onA.settings?.length]).toEqual([3, 3, 1, 1]);
    expect((await server.documents()).length).toBe(8);
    expect(await a.db.outbox.count()).toBe(0);
    expect(await b.db.outbox.count()).toBe(0);
    // The rollups of the pulled projects were built on the desktop by the apply path.
    expect(await b.db.projectTotals.count()).toBe(await a.db.projectTotals.count());
  });

  it('the same record edited on both: one winner on both, the server agrees, and a conflict row on both', async () => {
    const a = await device('laptop');
    const b = await device('desktop');
    const acme = await clientsRepo(a.db).create({ name: 'Acme', currency: 'EUR' });
    await a.replicator.start();
    await b.replicator.start();
    await syncAll(a.replicator, b.replicator);
    await clientsRepo(a.db).update(acme.id, { name: 'Acme GmbH' });
    await clientsRepo(b.db).update(acme.id, { name: 'Acme Ltd' });
    await syncAll(a.replicator, b.replicator);

    const doc = (await server.documents()).find((row) => row._id === `clients:${acme.id}`);
    const winnerName = (doc?.record as { name: string }).name;
    expect(['Acme GmbH', 'Acme Ltd']).toContain(winnerName);
    expect((await a.db.clients.get(acme.id))?.name).toBe(winnerName);
    expect((await b.db.clients.get(acme.id))?.name).toBe(winnerName);
    const onA = await a.replicator.listConflicts();
    const onB = await b.replicator.listConflicts();
    expect(onA).toEqual(onB);
    expect(onA.map((row) => row.key)).toEqual([`clients:${acme.id}`]);
    const conflict = onA[0]!;
    expect(conflict.fields).toEqual(['name']);
    expect(conflict.winner.rev).toBe(doc?._rev);
    expect(conflict.winner.record?.name).toBe(winnerName);
    expect(conflict.losers.map((side) => side.record?.name)).toEqual([winnerName === 'Acme GmbH' ? 'Acme Ltd' : 'Acme GmbH']);
    // Who wrote each side: the winner's device is the one whose name won.
    expect(conflict.winner.device).toBe(winnerName === 'Acme GmbH' ? 'laptop' : 'desktop');
  });

  it('a change made here while a pull brings another change to the same record goes up as a conflict, not over it', async () => {
    const a = await device('laptop');
    let editDuringPull: (() => Promise<void>) | null = null;
    // The desktop's edit is saved just as its pull asks the server for changes (the apply path then
    // leaves the record alone, its change still waiting).
    const b = await device('desktop', {
      fetch: async (url, init) => {
        if (String(url).includes('/_changes') && editDuringPull) {
          const edit = editDuringPull;
          editDuringPull = null;
          await edit();
        }
        return fetch(url, init);
      },
    });
    const acme = await clientsRepo(a.db).create({ name: 'Acme', currency: 'EUR', notes: '' });
    await a.replicator.start();
    await b.replicator.start();
    await syncAll(a.replicator, b.replicator);
    await clientsRepo(a.db).update(acme.id, { name: 'Acme GmbH' });
    await a.replicator.syncNow();
    editDuringPull = async () => {
      await clientsRepo(b.db).update(acme.id, { notes: 'Pays in 30 days' });
    };
    await b.replicator.syncNow();
    expect(editDuringPull).toBeNull();
    // Pulled but not applied: the desktop still shows its own edit, waiting to go up.
    expect(await b.db.clients.get(acme.id)).toMatchObject({ name: 'Acme', notes: 'Pays in 30 days' });
    await syncAll(b.replicator, a.replicator);

    for (const replicator of [a.replicator, b.replicator]) {
      const [conflict] = await replicator.listConflicts();
      expect(conflict?.fields).toEqual(['name', 'notes']);
      const sides = [conflict!.winner, ...conflict!.losers].map((side) => [side.device, side.record?.name, side.record?.notes]);
      expect(sides.sort()).toEqual([
        ['desktop', 'Acme', 'Pays in 30 days'],
        ['laptop', 'Acme GmbH', ''],
      ]);
    }
    expect(await a.db.clients.get(acme.id)).toEqual(await b.db.clients.get(acme.id));
  });

  it('a pulled change in the local copy not yet applied (the app closed in between) is not overwritten by a change waiting here', async () => {
    const a = await device('laptop');
    const b = await device('desktop');
    const acme = await clientsRepo(a.db).create({ name: 'Acme', currency: 'EUR' });
    await a.replicator.start();
    await b.replicator.start();
    await syncAll(a.replicator, b.replicator);
    await clientsRepo(a.db).update(acme.id, { name: 'Acme North' });
    await a.replicator.syncNow();
    await clientsRepo(b.db).update(acme.id, { name: 'Acme South' });
    // The desktop's pull reached its mirror, then the app closed before the change was applied to Dexie.
    await b.replicator.local.replicate.from(b.replicator.remote);
    expect((await b.db.clients.get(acme.id))?.name).toBe('Acme South');

    await syncAll(b.replicator, a.replicator);
    const doc = (await server.documents()).find((row) => row._id === `clients:${acme.id}`);
    expect(doc?._conflicts).toHaveLength(1);
    for (const replicator of [a.replicator, b.replicator]) {
      const [conflict] = await replicator.listConflicts();
      const names = [conflict?.winner, ...(conflict?.losers ?? [])].map((side) => side?.record?.name);
      expect(names.sort()).toEqual(['Acme North', 'Acme South']);
    }
    expect(await a.db.clients.get(acme.id)).toEqual(await b.db.clients.get(acme.id));
  });

  it('an edit against a delete is a conflict; the edit is applied and the deletion listed', async () => {
    const a = await device('laptop');
    const b = await device('desktop');
    const task = await tasksRepo(a.db).create({ title: 'Call Acme' });
    await a.replicator.start();
    await b.replicator.start();
    await syncAll(a.replicator, b.replicator);
    await a.db.tasks.delete(task.id);
    await tasksRepo(b.db).update(task.id, { title: 'Call Acme on Monday' });
    await syncAll(a.replicator, b.replicator);

    // A live leaf always beats a deleted one, so both devices hold the edit.
    expect((await a.db.tasks.get(task.id))?.title).toBe('Call Acme on Monday');
    expect((await b.db.tasks.get(task.id))?.title).toBe('Call Acme on Monday');
    for (const replicator of [a.replicator, b.replicator]) {
      const [conflict, ...more] = await replicator.listConflicts();
      expect(more).toEqual([]);
      expect(conflict?.losers.map((side) => side.record)).toEqual([null]);
      expect(conflict?.losers[0]?.device).toBe('laptop');
      expect(conflict?.fields).toEqual(Object.keys(conflict?.winner.record ?? {}).sort());
    }
  });

  it('resolving keeps the chosen side on both devices and clears the conflict everywhere', async () => {
    const a = await device('laptop');
    const b = await device('desktop');
    const acme = await clientsRepo(a.db).create({ name: 'Acme', currency: 'EUR', notes: '' });
    await a.replicator.start();
    await b.replicator.start();
    await syncAll(a.replicator, b.replicator);
    await clientsRepo(a.db).update(acme.id, { name: 'Acme GmbH' });
    await clientsRepo(b.db).update(acme.id, { notes: 'Pays in 30 days' });
    await syncAll(a.replicator, b.replicator);
    const [conflict] = await b.replicator.listConflicts();
    expect(conflict?.fields).toEqual(['name', 'notes']);

    // Merge: the laptop's name and the desktop's notes, whichever side each is.
    const laptopSide = conflict!.winner.device === 'laptop' ? 'winner' : 'loser';
    const desktopSide = laptopSide === 'winner' ? 'loser' : 'winner';
    await b.replicator.resolveConflict(conflict!.id, { merge: { name: laptopSide, notes: desktopSide } });
    await syncAll(b.replicator, a.replicator);

    for (const db of [a.db, b.db])
      expect(await db.clients.get(acme.id)).toMatchObject({ name: 'Acme GmbH', notes: 'Pays in 30 days' });
    expect(await a.replicator.listConflicts()).toEqual([]);
    expect(await b.replicator.listConflicts()).toEqual([]);
    const doc = (await server.documents()).find((row) => row._id === `clients:${acme.id}`);
    expect(doc?._conflicts).toBeUndefined();

    // A later edit on either side raises no conflict again.
    await clientsRepo(a.db).update(acme.id, { notes: 'Pays in 14 days' });
    await syncAll(a.replicator, b.replicator);
    expect((await b.db.clients.get(acme.id))?.notes).toBe('Pays in 14 days');
    expect(await b.replicator.listConflicts()).toEqual([]);
  });

  it('keeping the deleted side of an edit against a delete removes the record on both', async () => {
    const a = await device('laptop');
    const b = await device('desktop');
    const task = await tasksRepo(a.db).create({ title: 'Call Acme' });
    await a.replicator.start();
    await b.replicator.start();
    await syncAll(a.replicator, b.replicator);
    await a.db.tasks.delete(task.id);
    await tasksRepo(b.db).update(task.id, { title: 'Call Acme on Monday' });
    await syncAll(a.replicator, b.replicator);
    const [conflict] = await a.replicator.listConflicts();
    await a.replicator.resolveConflict(conflict!.id, { keep: 'loser' });
    await syncAll(a.replicator, b.replicator);
    expect(await a.db.tasks.get(task.id)).toBeUndefined();
    expect(await b.db.tasks.get(task.id)).toBeUndefined();
    expect(await a.replicator.listConflicts()).toEqual([]);
    expect(await b.replicator.listConflicts()).toEqual([]);
  });

  it(
    'a replication cut off midway (server killed) resumes with nothing lost and nothing twice',
    { timeout: 60_000 },
    async () => {
      let uploads = 0;
      let killed = false;
      // The third batch going up finds the server gone: it is stopped before the request leaves.
      const cuttingFetch: SyncConfig['fetch'] = async (url, init) => {
        if (String(url).includes('_bulk_docs')) {
          uploads += 1;
          if (uploads === 3 && !killed) {
            killed = true;
            await server.stop();
          }
        }
        return fetch(url, init);
      };
      const a = await device('laptop', { fetch: cuttingFetch, batchSize: 100 });
      const b = await device('desktop', { batchSize: 100 });
      const { web } = await seedWorld(a.db); // 6 records: settings, 2 clients, 3 projects
      // 1,000 entries of 1 … 1,000 minutes: the sum is 1000 · 1001 / 2 = 500,500.
      await a.db.timeEntries.bulkAdd(
        Array.from({ length: 1000 }, (_, i) => entry(`e${String(i).padStart(4, '0')}`, web.id, i + 1)),
      );
      await a.replicator.start();
      const cut = await a.replicator.syncNow();
      expect(killed).toBe(true);
      expect(cut.state).toBe('offline');
      expect(cut.message).toMatch(/cannot be reached/);
      // Two batches of 100 reached the server before it went down.
      await server.start();
      expect((await server.documents()).length).toBe(200);

      const resumed = await a.replicator.syncNow();
      expect(resumed.state).toBe('connected');
      await b.replicator.start();
      await b.replicator.syncNow();
      const documents = await server.documents();
      expect(documents.length).toBe(1006);
      expect(new Set(documents.map((doc) => doc._id)).size).toBe(1006);
      // Every document was written once: revision 1 (a re-sent batch keeps its revisions).
      expect(documents.every((doc) => doc._rev.startsWith('1-'))).toBe(true);
      for (const db of [a.db, b.db]) {
        const entries = await db.timeEntries.toArray();
        expect(entries.length).toBe(1000);
        expect(entries.reduce((sum, row) => sum + row.minutes, 0)).toBe(500_500);
      }
      expect((await b.db.projectTotals.get(web.id))?.minutes).toBe(500_500);
    },
  );

  it('a wrong password is a clear error and the changes stay waiting', async () => {
    const a = await device('laptop', { auth: { username: server.user.name, password: 'not-the-password' } });
    const acme = await clientsRepo(a.db).create({ name: 'Acme', currency: 'EUR' });
    expect(await a.replicator.start()).toBe(false);
    expect(a.replicator.current.state).toBe('error');
    expect(a.replicator.current.message).toBe(
      'The server refused the user name or password. Check them and start syncing again.',
    );
    const after = await a.replicator.syncNow();
    expect(after.state).toBe('error');
    expect(after.pending).toBe(1);
    expect(await a.db.outbox.count()).toBe(1);
    expect((await a.db.clients.get(acme.id))?.name).toBe('Acme');
    expect(await server.documents()).toEqual([]);
  });

  it('status reports the changes waiting, a first pull’s progress and when it last synced', async () => {
    const a = await device('laptop', { batchSize: 100 });
    for (let i = 0; i < 5; i += 1) await clientsRepo(a.db).create({ name: `Client ${i}`, currency: 'EUR' });
    await a.replicator.start();
    expect(a.replicator.current).toMatchObject({ state: 'connected', pending: 5, lastSyncedAt: null, progress: null });
    await a.replicator.syncNow();
    expect(a.replicator.current).toMatchObject({ state: 'connected', pending: 0, progress: null });
    // Read through readClock(), which starts at the test clock's instant.
    expect(Date.parse(a.replicator.current.lastSyncedAt ?? '')).toBeGreaterThanOrEqual(TEST_NOW_MS);

    for (let i = 5; i < 300; i += 1) await clientsRepo(a.db).create({ name: `Client ${i}`, currency: 'EUR' });
    await a.replicator.syncNow();
    const b = await device('desktop', { batchSize: 100 });
    const seen: NonNullable<SyncStatus['progress']>[] = [];
    // What was stored when each figure showed: the bar never runs ahead of the records written here.
    const storedWhenShown: Promise<number>[] = [];
    b.replicator.onStatus((status) => {
      if (!status.progress || status.progress === seen.at(-1)) return;
      seen.push(status.progress);
      storedWhenShown.push(b.db.clients.count());
    });
    await b.replicator.start();
    await b.replicator.syncNow();
    // 300 documents in batches of 100: 100, 200 and 300 applied, out of the 300 on the server.
    expect(seen).toEqual([
      { done: 100, total: 300 },
      { done: 200, total: 300 },
      { done: 300, total: 300 },
    ]);
    const stored = await Promise.all(storedWhenShown);
    stored.forEach((count, index) => expect(count).toBeGreaterThanOrEqual(seen[index]?.done ?? Infinity));
    expect(b.replicator.current.progress).toBeNull();
    expect(await b.db.clients.count()).toBe(300);
  });

  it(
    'live, the server down: offline, the changes made meanwhile counted as waiting; back: they go up and reach the other device',
    { timeout: 60_000 },
    async () => {
      const a = await device('laptop', { live: true, outboxPollMs: 50 });
      const b = await device('desktop', { live: true, outboxPollMs: 50 });
      await a.replicator.start();
      await b.replicator.start();
      const acme = await clientsRepo(a.db).create({ name: 'Acme', currency: 'EUR' });
      await vi.waitFor(async () => expect((await b.db.clients.get(acme.id))?.name).toBe('Acme'), { timeout: 15_000, interval: 50 });
      // And a's push has recorded it as up (its checkpoint): stopped before that, Acme counts as waiting too.
      await vi.waitFor(() => expect(a.replicator.current.pending).toBe(0), { timeout: 15_000, interval: 50 });

      await server.stop();
      const states: string[] = [];
      a.replicator.onStatus((status) => states.push(status.state));
      // Three changes, each to another record: three changes wait, whether the poll moved them into the
      // mirror before the replication found the server gone or kept them in the outbox after.
      await clientsRepo(a.db).update(acme.id, { name: 'Acme GmbH' });
      const birch = await clientsRepo(a.db).create({ name: 'Birch', currency: 'EUR' });
      const task = await tasksRepo(a.db).create({ title: 'Call Birch' });
      await vi.waitFor(() => expect(a.replicator.current).toMatchObject({ state: 'offline', pending: 3 }), {
        timeout: 15_000,
        interval: 50,
      });
      expect(a.replicator.current.message).toMatch(/cannot be reached/);
      // Still so after PouchDB's first retries (within 0–2 s, then 2–4 s later): never "connected" meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      expect(a.replicator.current).toMatchObject({ state: 'offline', pending: 3 });
      expect(states.slice(states.indexOf('offline'))).not.toContain('connected');

      await server.start();
      await vi.waitFor(() => expect(a.replicator.current).toMatchObject({ state: 'connected', pending: 0 }), {
        timeout: 15_000,
        interval: 50,
      });
      await vi.waitFor(
        async () => {
          expect((await b.db.clients.get(acme.id))?.name).toBe('Acme GmbH');
          expect((await b.db.clients.get(birch.id))?.name).toBe('Birch');
          expect((await b.db.tasks.get(task.id))?.title).toBe('Call Birch');
        },
        { timeout: 15_000, interval: 50 },
      );
      const documents = await server.documents();
      expect(documents.map((doc) => doc._id).sort()).toEqual(
        [`clients:${acme.id}`, `clients:${birch.id}`, `tasks:${task.id}`].sort(),
      );
    },
  );

  it('the network drops after the server answered: the changes already moved to the local copy still count as waiting', async () => {
    let cut = false;
    // Requests fail as with no network once `cut` is set; the first one of Sync now (the server's info)
    // is let through, so the outbox is moved into the mirror before the upload fails.
    const cuttable: SyncConfig['fetch'] = async (url, init) => {
      if (cut && !/\/tandem\/?$/.test(new URL(String(url)).pathname)) throw new TypeError('Failed to fetch');
      return fetch(url, init);
    };
    const a = await device('laptop', { fetch: cuttable });
    const b = await device('desktop');
    await a.replicator.start();
    await b.replicator.start();
    // The first pull done first: it asks for the server's changes before the outbox moves.
    await a.replicator.syncNow();
    const ids = [];
    for (const name of ['Acme', 'Birch', 'Cedar']) ids.push((await clientsRepo(a.db).create({ name, currency: 'EUR' })).id);
    cut = true;
    const cutOff = await a.replicator.syncNow();
    expect(cutOff).toMatchObject({ state: 'offline', pending: 3 });
    expect(await a.db.outbox.count()).toBe(0); // in the mirror, not on the server
    expect(await server.documents()).toEqual([]);

    cut = false;
    expect(await a.replicator.syncNow()).toMatchObject({ state: 'connected', pending: 0 });
    await b.replicator.syncNow();
    expect((await b.db.clients.toArray()).map((client) => client.id).sort()).toEqual(ids.sort());
  });

  it.each([
    ['as this version keeps them', false],
    ['as the previous version kept them (one list)', true],
  ])('changes moved to the local copy just before the network dropped still count as waiting after a restart, and go up: %s', async (_, asOneList) => {
    let cut = false;
    const cuttable: SyncConfig['fetch'] = async (url, init) => {
      if (cut && !/\/tandem\/?$/.test(new URL(String(url)).pathname)) throw new TypeError('Failed to fetch');
      return fetch(url, init);
    };
    const a = await device('laptop', { fetch: cuttable, localName: `mirror-restarted-${asOneList}` });
    const b = await device('desktop');
    await a.replicator.start();
    await a.replicator.syncNow();
    for (const name of ['Acme', 'Birch']) await clientsRepo(a.db).create({ name, currency: 'EUR' });
    cut = true;
    expect(await a.replicator.syncNow()).toMatchObject({ state: 'offline', pending: 2 });
    expect(await a.db.outbox.count()).toBe(0);
    await a.replicator.stop(); // the app closed (the harness closes its handles afterwards)
    // One syncState row for the one write to the local copy, holding both keys.
    const rows = await a.db.syncState.where('key').startsWith('unpushed:').toArray();
    expect(rows.map((row) => (row.value as string[]).length)).toEqual([2]);
    if (asOneList) {
      const written = Number(rows[0]?.key.slice('unpushed:'.length));
      await a.db.syncState.bulkDelete(rows.map((row) => row.key));
      await a.db.syncState.put({ key: 'unpushed', value: (rows[0]?.value as string[]).map((key) => [key, written]) });
    }

    // The app opened again while the network is still down: the same database and local copy.
    const auth = { username: server.user.name, password: server.user.password };
    const reopened = new Replicator({ url: server.databaseUrl, auth, store: dexieSyncStore(a.db), fetch: cuttable, localName: `mirror-restarted-${asOneList}`, device: 'laptop', live: false });
    try {
      await reopened.start();
      expect(await reopened.syncNow()).toMatchObject({ state: 'offline', pending: 2 });
      cut = false;
      expect(await reopened.syncNow()).toMatchObject({ state: 'connected', pending: 0 });
      // Counted no more once up: opened again, nothing waits.
      expect(await a.db.syncState.where('key').startsWith('unpushed').count()).toBe(0);
    } finally {
      await reopened.close();
    }
    await b.replicator.start();
    await b.replicator.syncNow();
    expect((await b.db.clients.toArray()).map((client) => client.name).sort()).toEqual(['Acme', 'Birch']);
  });

  it('starting while the server is down says offline, not connected, until the server answers', { timeout: 60_000 }, async () => {
    const a = await device('laptop', { live: true, outboxPollMs: 50 });
    await clientsRepo(a.db).create({ name: 'Acme', currency: 'EUR' });
    await server.stop();
    const states: string[] = [];
    a.replicator.onStatus((status) => states.push(status.state));
    expect(await a.replicator.start()).toBe(true);
    expect(a.replicator.current).toMatchObject({ state: 'offline', pending: 1 });
    // PouchDB's live replications retry meanwhile (and say 'active' each time): the status stays offline.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(states).not.toContain('connected');
    expect(a.replicator.current).toMatchObject({ state: 'offline', pending: 1, lastSyncedAt: null });

    await server.start();
    await vi.waitFor(() => expect(a.replicator.current).toMatchObject({ state: 'connected', pending: 0 }), {
      timeout: 15_000,
      interval: 50,
    });
    expect((await server.documents()).filter((doc) => doc._id.startsWith('clients:'))).toHaveLength(1);
  });

  it('live: a change on one device reaches the other without Sync now, and both say connected', async () => {
    const a = await device('laptop', { live: true, outboxPollMs: 50 });
    const b = await device('desktop', { live: true, outboxPollMs: 50 });
    await a.replicator.start();
    await b.replicator.start();
    const acme = await clientsRepo(a.db).create({ name: 'Acme', currency: 'EUR' });
    // A bound on waiting, not a measurement.
    await vi.waitFor(async () => expect((await b.db.clients.get(acme.id))?.name).toBe('Acme'), { timeout: 15_000, interval: 50 });
    await clientsRepo(b.db).update(acme.id, { name: 'Acme GmbH' });
    await vi.waitFor(async () => expect((await a.db.clients.get(acme.id))?.name).toBe('Acme GmbH'), {
      timeout: 15_000,
      interval: 50,
    });
    await vi.waitFor(() => expect([a.replicator.current.state, b.replicator.current.state]).toEqual(['connected', 'connected']), {
      timeout: 15_000,
      interval: 50,
    });
    expect(await a.db.outbox.count()).toBe(0);
  });
});

describe('a first sync (straight from the server into this device)', () => {
  /** A device whose records went up: settings, 2 clients, 3 projects and `entries` entries of 1 … n minutes. */
  async function uploaded(entries: number): Promise<{ a: Device; projectId: string }> {
    const a = await device('laptop', { batchSize: 100 });
    const { web } = await seedWorld(a.db);
    await a.db.timeEntries.bulkAdd(Array.from({ length: entries }, (_, i) => entry(`e${String(i).padStart(4, '0')}`, web.id, i + 1)));
    await a.replicator.start();
    await syncAll(a.replicator);
    return { a, projectId: web.id };
  }

  it('brings every record with its rollups without copying them into the local mirror, and later edits go on top of the pulled revisions', async () => {
    const { a, projectId } = await uploaded(450);
    const b = await device('desktop', { batchSize: 100 });
    await b.replicator.start();
    await b.replicator.syncNow();
    expect(await records(b.db)).toEqual(await records(a.db));
    // 450 · 451 / 2 = 101,475 minutes, counted by the apply path's rollups.
    expect((await b.db.projectTotals.get(projectId))?.minutes).toBe(101_475);
    // The mirror holds none of the 456 pulled documents: the first pull wrote them to Dexie only.
    expect((await b.replicator.local.info()).doc_count).toBe(0);

    // An edit here goes up as the next revision of the pulled one: no conflict anywhere.
    await b.db.timeEntries.update('e0000', { note: 'Kick-off call' }); // the outbox records it (middleware)
    await syncAll(b.replicator, a.replicator);
    const doc = (await server.documents()).find((row) => row._id === 'timeEntries:e0000');
    expect(doc?._rev).toMatch(/^2-/);
    expect(doc?._conflicts).toBeUndefined();
    expect((await a.db.timeEntries.get('e0000'))?.note).toBe('Kick-off call');
    expect(await a.replicator.listConflicts()).toEqual([]);
    expect(await b.replicator.listConflicts()).toEqual([]);

    // The same record changed on both afterwards: a listed conflict on both, nothing overwritten.
    const acme = (await a.db.clients.toArray())[0]!;
    await clientsRepo(a.db).update(acme.id, { name: 'Acme North' });
    await clientsRepo(b.db).update(acme.id, { name: 'Acme South' });
    await syncAll(a.replicator, b.replicator);
    for (const replicator of [a.replicator, b.replicator]) {
      const [conflict] = await replicator.listConflicts();
      const names = [conflict?.winner, ...(conflict?.losers ?? [])].map((side) => side?.record?.name);
      expect(names.sort()).toEqual(['Acme North', 'Acme South']);
    }
  });

  it('cut off midway, it resumes from the last applied batch: nothing lost, nothing twice', { timeout: 60_000 }, async () => {
    await uploaded(450);
    let reads = 0;
    let cut = false;
    // The server's third page of changes never arrives: the network is gone from then on.
    const cutting: SyncConfig['fetch'] = async (url, init) => {
      if (String(url).includes('/_changes')) reads += 1;
      if (reads >= 3) cut = true;
      if (cut) throw new TypeError('Failed to fetch');
      return fetch(url, init);
    };
    const b = await device('desktop', { batchSize: 100, fetch: cutting });
    await b.replicator.start();
    const stopped = await b.replicator.syncNow();
    expect(stopped.state).toBe('offline');
    // Two batches of 100 were applied before the line dropped.
    expect(await b.db.timeEntries.count()).toBeGreaterThanOrEqual(194);
    expect(await b.db.timeEntries.count()).toBeLessThan(450);

    cut = false;
    reads = -1_000;
    expect((await b.replicator.syncNow()).state).toBe('connected');
    const entries = await b.db.timeEntries.toArray();
    expect(entries.length).toBe(450);
    expect(entries.reduce((sum, row) => sum + row.minutes, 0)).toBe(101_475);
    expect(await b.db.outbox.count()).toBe(0);
    const documents = await server.documents();
    expect(documents.length).toBe(456);
    expect(documents.every((doc) => doc._rev.startsWith('1-'))).toBe(true);
    const rollups = await b.db.projectTotals.toArray();
    await repairRollups(b.db);
    expect(await b.db.projectTotals.toArray()).toEqual(rollups);
  });

  it('the app closed during a first pull: the pull resumes where it was and the rollups owed are rebuilt', { timeout: 60_000 }, async () => {
    const { projectId } = await uploaded(450);
    let reads = 0;
    const cutting: SyncConfig['fetch'] = async (url, init) => {
      if (String(url).includes('/_changes') && (reads += 1) >= 3) throw new TypeError('Failed to fetch');
      return fetch(url, init);
    };
    // The app closes before it could write the rollups of what it had applied (they were in memory).
    const b = await device('desktop', { batchSize: 100 });
    const closing: SyncStore = { ...dexieSyncStore(b.db), writeGatheredRollups: () => Promise.reject(new Error('closed')) };
    const auth = { username: server.user.name, password: server.user.password };
    // Its own (empty) mirror: a first pull writes nothing there until it is done.
    const first = new Replicator({ url: server.databaseUrl, auth, store: closing, fetch: cutting, batchSize: 100, localName: 'mirror-closing', live: false });
    await first.start();
    expect((await first.syncNow()).state).toBe('offline');
    await first.close();
    const applied = await b.db.timeEntries.count();
    expect(applied).toBeGreaterThan(0);
    expect(await b.db.projectTotals.get(projectId)).toBeUndefined();

    // Opened again: the same database and mirror, a new replicator.
    await b.replicator.start();
    expect((await b.replicator.syncNow()).state).toBe('connected');
    expect(await b.db.timeEntries.count()).toBe(450);
    // 450 · 451 / 2 = 101,475 minutes.
    expect((await b.db.projectTotals.get(projectId))?.minutes).toBe(101_475);
    const rollups = await rollupSnapshot(b.db);
    await repairRollups(b.db);
    expect(await rollupSnapshot(b.db)).toEqual(rollups);
    expect((await server.documents()).every((doc) => doc._rev.startsWith('1-'))).toBe(true);
  });

  it('a document in conflict on the server goes through the mirror and is listed on the new device', async () => {
    const a = await device('laptop');
    const c = await device('phone');
    const acme = await clientsRepo(a.db).create({ name: 'Acme', currency: 'EUR' });
    await a.replicator.start();
    await c.replicator.start();
    await syncAll(a.replicator, c.replicator);
    await clientsRepo(a.db).update(acme.id, { name: 'Acme GmbH' });
    await clientsRepo(c.db).update(acme.id, { name: 'Acme Ltd' });
    await syncAll(a.replicator, c.replicator);

    const b = await device('desktop');
    await b.replicator.start();
    await b.replicator.syncNow();
    const winner = (await a.db.clients.get(acme.id))?.name;
    expect((await b.db.clients.get(acme.id))?.name).toBe(winner);
    const [conflict] = await b.replicator.listConflicts();
    expect([conflict?.winner.record?.name, ...(conflict?.losers ?? []).map((side) => side.record?.name)].sort()).toEqual([
      'Acme GmbH',
      'Acme Ltd',
    ]);
    // That one document, and no other, is in the mirror.
    expect((await b.replicator.local.info()).doc_count).toBe(1);
  });
});
