// A seeded random run: 5,000 operations through the repositories, spread over two devices, with
// Sync now at random points and random disconnects (each device's fetch fails as with no network,
// sometimes after its request reached the server, so the answer is lost mid-replication). At the end
// both reconnect and sync until quiet, resolving nothing: every synced record must be the same on
// both (CouchDB's winner everywhere) and each device's rollups equal to a repair.
// TANDEM_SYNC_SEED replays a run; the seed is in the test's name.
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import type { TandemDb } from '../../../../src/renderer/src/db/db';
import { RecordNotFoundError } from '../../../../src/renderer/src/db/errors';
import { Rng } from '../../../../src/renderer/src/db/generator/prng';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { tasksRepo } from '../../../../src/renderer/src/db/repositories/tasks-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { repairRollups } from '../../../../src/renderer/src/db/rollups';
import type { SyncConfig } from '../../../../src/renderer/src/db/sync/replicator';
import { ValidationError } from '../../../../src/renderer/src/domain/validation';
import { type CouchServer, startCouchServer } from '../../../support/couch-server';
import { rollupSnapshot } from '../helpers';
import { type Device, closeDevices, openDevice, syncedRecords } from './devices';

vi.hoisted(() => {
  // pouchdb-browser reads the browser's `self` when it loads.
  (globalThis as { self?: unknown }).self = globalThis;
});

// Record ids and conflict branches come from the seed too, so a run replays (CouchDB picks a winner
// between equal generations by revision id).
vi.mock('../../../../src/renderer/src/domain/ids', async () => {
  const { Rng: Seeded } = await import('../../../../src/renderer/src/db/generator/prng');
  const ids = new Seeded(Number(process.env.TANDEM_SYNC_SEED ?? 20_261_104) + 1);
  return { newId: () => ids.uuid() };
});

const SEED = Number(process.env.TANDEM_SYNC_SEED ?? 20_261_104);
const OPERATIONS = 5_000;
/** October 2026: entries and expenses fall on these days (fixed, not the clock's). */
const DAYS = Array.from({ length: 31 }, (_, index) => `2026-10-${String(index + 1).padStart(2, '0')}`);

/** A device's line to the server: down, or going down after `dropAfter` more requests (that one's answer lost). */
interface Link {
  up: boolean;
  dropAfter: number | null;
}

function linkedFetch(link: Link): NonNullable<SyncConfig['fetch']> {
  return async (url, init) => {
    if (!link.up) throw new TypeError('Failed to fetch');
    if (link.dropAfter !== null) {
      link.dropAfter -= 1;
      if (link.dropAfter <= 0) {
        link.up = false;
        link.dropAfter = null;
        // The request reaches the server and is carried out; its answer never comes back.
        await fetch(url, init).then(
          (answer) => answer.arrayBuffer(),
          () => undefined,
        );
        throw new TypeError('network error');
      }
    }
    return fetch(url, init);
  };
}

interface Player extends Device {
  name: string;
  link: Link;
}

/** A stored id of `table` on this device, picked by the seed (primary keys come sorted), or null. */
async function pickId(rng: Rng, db: TandemDb, table: string): Promise<string | null> {
  const keys = (await db.table(table).toCollection().primaryKeys()) as string[];
  return keys.length === 0 ? null : rng.pick(keys);
}

type Operation = (rng: Rng, db: TandemDb, n: number) => Promise<unknown>;

/** Each operation with its weight; one that finds nothing to work on does nothing. */
const OPERATIONS_BY_WEIGHT: readonly (readonly [Operation, number])[] = [
  [async (_rng, db, n) => clientsRepo(db).create({ name: `Client ${n}`, currency: 'EUR' }), 4],
  [
    async (rng, db, n) => {
      const id = await pickId(rng, db, 'clients');
      if (id) await clientsRepo(db).update(id, rng.chance(0.5) ? { name: `Client ${n}` } : { notes: `Note ${n}` });
    },
    4,
  ],
  [
    async (rng, db) => {
      const id = await pickId(rng, db, 'clients');
      if (id) await clientsRepo(db).delete(id);
    },
    0.4,
  ],
  [
    async (rng, db, n) => {
      const clientId = await pickId(rng, db, 'clients');
      if (clientId)
        await projectsRepo(db).createProject({
          clientId,
          name: `Project ${n}`,
          code: `P${n}`,
          billing: 'time_and_materials',
          defaultRate: rng.int(50, 150) * 100,
        });
    },
    5,
  ],
  [
    async (rng, db, n) => {
      const id = await pickId(rng, db, 'projects');
      if (id)
        await projectsRepo(db).updateProject(id, rng.chance(0.5) ? { name: `Project ${n}` } : { defaultRate: rng.int(50, 150) * 100 });
    },
    4,
  ],
  [
    async (rng, db) => {
      const id = await pickId(rng, db, 'projects');
      if (id) await projectsRepo(db).deleteProject(id);
    },
    0.8,
  ],
  [
    async (rng, db, n) => {
      const projectId = await pickId(rng, db, 'projects');
      if (projectId)
        await timeEntriesRepo(db).create({ projectId, day: rng.pick(DAYS), minutes: rng.int(5, 240), note: `Entry ${n}` });
    },
    30,
  ],
  [
    async (rng, db, n) => {
      const id = await pickId(rng, db, 'timeEntries');
      if (!id) return;
      const patch = rng.weighted([
        [{ minutes: rng.int(5, 240) }, 3],
        [{ day: rng.pick(DAYS) }, 1],
        [{ note: `Entry ${n}` }, 1],
        [{ billable: rng.chance(0.5) }, 1],
      ] as const);
      await timeEntriesRepo(db).update(id, patch);
    },
    15,
  ],
  [
    async (rng, db) => {
      const id = await pickId(rng, db, 'timeEntries');
      if (id) await timeEntriesRepo(db).delete(id);
    },
    6,
  ],
  [
    async (rng, db) => {
      const projectId = await pickId(rng, db, 'projects');
      if (projectId) await projectsRepo(db).createExpense({ projectId, day: rng.pick(DAYS), amount: rng.int(1, 500) * 100 });
    },
    5,
  ],
  [
    async (rng, db) => {
      const id = await pickId(rng, db, 'expenses');
      if (id) await projectsRepo(db).updateExpense(id, rng.chance(0.7) ? { amount: rng.int(1, 500) * 100 } : { day: rng.pick(DAYS) });
    },
    3,
  ],
  [
    async (rng, db) => {
      const id = await pickId(rng, db, 'expenses');
      if (id) await projectsRepo(db).deleteExpense(id);
    },
    2,
  ],
  [
    async (rng, db, n) => {
      const projectId = rng.chance(0.3) ? null : await pickId(rng, db, 'projects');
      await tasksRepo(db).create({ title: `Task ${n}`, projectId });
    },
    8,
  ],
  [
    async (rng, db, n) => {
      const id = await pickId(rng, db, 'tasks');
      if (id) await tasksRepo(db).update(id, rng.chance(0.5) ? { title: `Task ${n}` } : { status: rng.pick(['todo', 'doing', 'done'] as const) });
    },
    8,
  ],
  [
    async (rng, db) => {
      const id = await pickId(rng, db, 'tasks');
      if (id) await tasksRepo(db).delete(id);
    },
    3,
  ],
];

/** JSON with every object's keys sorted: a pulled record's fields may come in another order. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field !== null && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : 1)))
      : field,
  );
}

/** SHA-256 of every synced record, table by table in key order. */
async function dataHash(db: TandemDb): Promise<string> {
  return createHash('sha256')
    .update(sortedJson(await syncedRecords(db)))
    .digest('hex');
}

let server: CouchServer;

beforeAll(async () => {
  server = await startCouchServer();
}, 60_000);

afterEach(async () => {
  await closeDevices();
});

afterAll(async () => {
  await server?.close();
});

it(
  `seed ${SEED}: ${OPERATIONS.toLocaleString('en')} random operations on two devices with random disconnects end with the same records on both and rollups equal to a repair`,
  { timeout: 300_000 },
  async () => {
    const startedAt = performance.now();
    const rng = new Rng(SEED);
    const players: Player[] = [];
    for (const name of ['laptop', 'desktop']) {
      const link: Link = { up: true, dropAfter: null };
      players.push({ name, link, ...(await openDevice(server, name, { fetch: linkedFetch(link), batchSize: 100 })) });
    }
    const [laptop, desktop] = players as [Player, Player];
    await settingsRepo(laptop.db).update({ defaultRate: 10_000, homeCurrency: 'EUR' });
    for (const player of players) expect(await player.replicator.start()).toBe(true);

    const tally = { done: 0, refused: 0, syncs: 0, syncsCut: 0, disconnects: 0, midRequest: 0 };
    for (let n = 1; n <= OPERATIONS; n += 1) {
      const player = rng.pick(players);
      const operation = rng.weighted(OPERATIONS_BY_WEIGHT);
      try {
        await operation(rng, player.db, n);
        tally.done += 1;
      } catch (error) {
        // What a user may meet too: a record the other device removed, a value a rule refuses.
        if (!(error instanceof RecordNotFoundError || error instanceof ValidationError)) throw error;
        tally.refused += 1;
      }
      if (rng.chance(1 / 100)) {
        const status = await player.replicator.syncNow();
        tally.syncs += 1;
        if (status.state !== 'connected') tally.syncsCut += 1;
        expect(['connected', 'offline'], status.message).toContain(status.state);
      }
      if (rng.chance(1 / 150)) {
        const other = rng.pick(players);
        if (!other.link.up || other.link.dropAfter !== null) {
          other.link.up = true;
          other.link.dropAfter = null;
        } else if (rng.chance(0.5)) {
          other.link.up = false;
          tally.disconnects += 1;
        } else {
          // Down after a few more requests: the next Sync now breaks off mid-way.
          other.link.dropAfter = rng.int(1, 25);
          tally.midRequest += 1;
        }
      }
    }

    // Both back; Sync now on each until a whole round changes nothing (at most 4 rounds).
    for (const player of players) {
      player.link.up = true;
      player.link.dropAfter = null;
    }
    let rounds = 0;
    let previous = '';
    for (; rounds < 4; rounds += 1) {
      for (const player of players) {
        const status = await player.replicator.syncNow();
        expect(status.state, status.message).toBe('connected');
        expect(status.pending).toBe(0);
      }
      const hashes = `${await dataHash(laptop.db)} ${await dataHash(desktop.db)}`;
      if (hashes === previous) break;
      previous = hashes;
    }

    const [onLaptop, onDesktop] = [await syncedRecords(laptop.db), await syncedRecords(desktop.db)];
    const counts = Object.fromEntries(Object.entries(onLaptop).map(([table, rows]) => [table, rows.length]));
    const conflicts = (await laptop.replicator.listConflicts()).length;
    console.log(
      `[random sync run] seed ${SEED}: ${tally.done} operations done, ${tally.refused} refused; ${tally.syncs} Sync now ` +
        `(${tally.syncsCut} cut off), ${tally.disconnects} disconnects, ${tally.midRequest} mid-request; ` +
        `${rounds + 1} rounds to settle; ${conflicts} conflicts listed; records ${JSON.stringify(counts)}; ` +
        `${Math.round((performance.now() - startedAt) / 1000)} s`,
    );
    expect(tally.refused).toBeLessThan(OPERATIONS / 10);
    expect(tally.syncsCut).toBeGreaterThan(0);
    // The same records on both, and on the server: CouchDB's winner everywhere.
    for (const table of Object.keys(onLaptop)) expect(onDesktop[table], table).toEqual(onLaptop[table]);
    expect(await dataHash(desktop.db)).toBe(await dataHash(laptop.db));
    const live = (await server.documents()).filter((doc) => !doc._deleted).length;
    expect(live).toBe(Object.values(counts).reduce((sum, count) => sum + count, 0));
    expect((await desktop.replicator.listConflicts()).length).toBe(conflicts);
    for (const player of players) {
      expect(await player.db.outbox.count()).toBe(0);
      expect(await player.db.syncQuarantine.count()).toBe(0);
      const applied = await rollupSnapshot(player.db);
      await repairRollups(player.db);
      expect(await rollupSnapshot(player.db), `${player.name}'s rollups`).toEqual(applied);
    }
  },
);
