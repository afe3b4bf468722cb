// A CouchDB-protocol server for the sync tests: PouchDB Server (a dev dependency) in a child process on
// 127.0.0.1 only, with an admin, one database and one user who is a member of it (not an admin), as a
// real Tandem server is set up (README: "Sync with CouchDB").
//
// - `store: 'memory'` (the default) keeps everything in the child's memory; `store: 'disk'` keeps it in a
//   temporary folder (LevelDOWN, whose prebuilt binary ships in the package), so that `stop()` then
//   `start()` is a server that went down and came back with its data. After a restart of a memory
//   server the database and user are set up again, empty: a server that lost its data.
// - The child ends when this process ends, however it ends: it exits when its stdin pipe closes.
// - PouchDB Server 4.2 crashes on `PUT /<db>` from anyone but an admin (express-pouchdb's db.js calls
//   .info on a rejected promise); CouchDB answers 401. Clients should open the remote with
//   `skip_setup: true` (the database exists; a sync user may not create one), which also suits CouchDB.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Credentials {
  name: string;
  password: string;
}

export interface CouchServerOptions {
  store?: 'memory' | 'disk';
  database?: string;
  admin?: Credentials;
  user?: Credentials;
}

export interface CouchServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  readonly origin: string;
  readonly port: number;
  readonly database: string;
  /** `<origin>/<database>`. */
  readonly databaseUrl: string;
  readonly admin: Credentials;
  /** A member of the database, as the app would sign in. */
  readonly user: Credentials;
  readonly running: boolean;
  /** A request to the server, as the admin unless other credentials (or null: none) are given. */
  request(path: string, init?: RequestInit, as?: Credentials | null): Promise<Response>;
  /** The database's documents (not design or local ones), each with its `_conflicts`, sorted by id. */
  documents(): Promise<CouchDocument[]>;
  /** Ends the process; the port and (with `store: 'disk'`) the data stay for `start()`. */
  stop(): Promise<void>;
  /** Starts again on the same port (after `stop()`). */
  start(): Promise<void>;
  /** Ends the process and removes its folder. Safe to call twice. */
  close(): Promise<void>;
}

export interface CouchDocument {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

const DEFAULTS = {
  database: 'tandem',
  admin: { name: 'admin', password: 'admin-secret' },
  user: { name: 'ana', password: 'ana-secret' },
};
/** A bound on start-up, not a measurement: PouchDB Server loads in about a second on an idle machine. */
const START_BOUND_MS = 30_000;
const STOP_BOUND_MS = 5_000;

const serverScript = createRequire(import.meta.url).resolve('pouchdb-server/lib/index.js');
// The child reads its options from argv[2…] (nomnom), so the script name takes argv[1]; it exits when
// its stdin pipe closes, which happens when this process ends, even by SIGKILL.
const CHILD_CODE = `process.argv.splice(1, 0, 'pouchdb-server');
process.stdin.on('end', () => process.exit(0)); process.stdin.resume();
require(${JSON.stringify(serverScript)});`;

const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

export function basicAuth({ name, password }: Credentials): string {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startCouchServer(options: CouchServerOptions = {}): Promise<CouchServer> {
  const store = options.store ?? 'memory';
  const database = options.database ?? DEFAULTS.database;
  const admin = options.admin ?? DEFAULTS.admin;
  const user = options.user ?? DEFAULTS.user;
  const dir = await mkdtemp(join(tmpdir(), 'tandem-couch-'));
  let port = 0;
  let origin = '';
  let child: ChildProcess | null = null;
  let output = '';
  let closed = false;

  const request = (path: string, init: RequestInit = {}, as: Credentials | null = admin) => {
    const headers = new Headers(init.headers);
    if (as) headers.set('Authorization', basicAuth(as));
    if (init.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return fetch(`${origin}${path}`, { ...init, headers });
  };

  async function expectOk(response: Promise<Response>, what: string): Promise<void> {
    const answer = await response;
    if (!answer.ok) throw new Error(`PouchDB Server: ${what} answered ${answer.status} ${await answer.text()}`);
  }

  async function launch(): Promise<void> {
    output = '';
    const args = [
      '-e',
      CHILD_CODE,
      '--',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--config',
      join(dir, 'config.json'),
      '--dir',
      join(dir, 'data'),
      '--no-stdout-logs',
      '--no-color',
    ];
    if (store === 'memory') args.push('--in-memory');
    const started = spawn(process.execPath, args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    child = started;
    live.add(started);
    installExitHook();
    const record = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    started.stdout?.on('data', record);
    started.stderr?.on('data', record);
    started.once('exit', () => live.delete(started));

    const deadline = Date.now() + START_BOUND_MS;
    for (;;) {
      if (started.exitCode !== null || started.signalCode !== null) {
        throw new Error(`PouchDB Server on port ${port} exited before answering:\n${output}`);
      }
      try {
        const answer = await fetch(`${origin}/`, { signal: AbortSignal.timeout(2_000) });
        if (answer.ok) return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline)
        throw new Error(`PouchDB Server on port ${port} did not answer within ${START_BOUND_MS} ms:\n${output}`);
      await delay(50);
    }
  }

  /** Admin, database, member user: idempotent, so a restarted memory server is set up again. */
  async function setUp(): Promise<void> {
    const admins = await request('/_config/admins', {}, admin);
    const known = admins.ok && admin.name in ((await admins.json()) as Record<string, string>);
    if (!known) {
      // Admin party until the first admin exists; express-pouchdb stores it hashed in config.json.
      await expectOk(
        request(
          `/_config/admins/${encodeURIComponent(admin.name)}`,
          { method: 'PUT', body: JSON.stringify(admin.password) },
          null,
        ),
        'creating the admin',
      );
    }
    const existing = await request(`/${database}`);
    if (existing.status === 404) await expectOk(request(`/${database}`, { method: 'PUT' }), `creating ${database}`);
    const userId = `org.couchdb.user:${user.name}`;
    const userDoc = await request(`/_users/${encodeURIComponent(userId)}`);
    if (userDoc.status === 404) {
      await expectOk(
        request(`/_users/${encodeURIComponent(userId)}`, {
          method: 'PUT',
          body: JSON.stringify({ name: user.name, password: user.password, roles: [], type: 'user' }),
        }),
        `creating the user ${user.name}`,
      );
    }
    await expectOk(
      request(`/${database}/_security`, {
        method: 'PUT',
        body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [user.name], roles: [] } }),
      }),
      'giving the user the database',
    );
  }

  async function start(): Promise<void> {
    if (closed) throw new Error('This test server was closed.');
    if (child && child.exitCode === null && child.signalCode === null) return;
    await launch();
    await setUp();
  }

  async function stop(): Promise<void> {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const killer = setTimeout(() => running.kill('SIGKILL'), STOP_BOUND_MS);
    await exited;
    clearTimeout(killer);
  }

  // A port taken between the probe and the child's listen: try another (first start only).
  for (let attempt = 1; ; attempt += 1) {
    port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    try {
      await launch();
      await setUp();
      break;
    } catch (error) {
      await stop();
      if (attempt === 3 || !/EADDRINUSE/.test(output)) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }

  return {
    get origin() {
      return origin;
    },
    port,
    database,
    databaseUrl: `${origin}/${database}`,
    admin,
    user,
    get running() {
      return child !== null && child.exitCode === null && child.signalCode === null;
    },
    request,
    async documents() {
      const answer = await request(`/${database}/_all_docs?include_docs=true&conflicts=true`);
      if (!answer.ok) throw new Error(`PouchDB Server: reading ${database} answered ${answer.status}`);
      const body = (await answer.json()) as { rows: { id: string; doc: CouchDocument }[] };
      return body.rows.filter((row) => !row.id.startsWith('_design/')).map((row) => row.doc);
    },
    stop,
    start,
    async close() {
      closed = true;
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
