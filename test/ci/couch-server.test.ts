import { afterEach, describe, expect, it } from 'vitest';
import { type CouchServer, startCouchServer } from '../support/couch-server';

// The sync tests' server (test/support/couch-server.ts): PouchDB Server on 127.0.0.1 with an admin, a
// database and a member user; a wrong password is refused; it goes down and comes back on its port.

let server: CouchServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Whether anything answers on the port (a refused connection throws). */
async function answers(origin: string): Promise<boolean> {
  try {
    await fetch(`${origin}/`);
    return true;
  } catch {
    return false;
  }
}

describe('the CouchDB-protocol test server', () => {
  it('listens on 127.0.0.1 only, with the database, its member and a refused wrong password', async () => {
    server = await startCouchServer();
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.databaseUrl).toBe(`${server.origin}/tandem`);

    const asUser = await server.request('/tandem', {}, server.user);
    expect(asUser.status).toBe(200);
    expect(((await asUser.json()) as { db_name: string }).db_name).toBe('tandem');

    const wrongPassword = await server.request('/tandem', {}, { name: server.user.name, password: 'not-the-password' });
    expect(wrongPassword.status).toBe(401);
    const wrongAdmin = await server.request('/_config', {}, { name: server.admin.name, password: 'not-the-password' });
    expect(wrongAdmin.status).toBe(401);
    // No admin party: without credentials the database is closed.
    expect((await server.request('/tandem', {}, null)).status).toBe(401);
  });

  it('the member writes and reads documents; conflicting revisions are listed', async () => {
    server = await startCouchServer();
    const put = await server.request(
      '/tandem/clients:c1',
      { method: 'PUT', body: JSON.stringify({ table: 'clients', record: { id: 'c1' } }) },
      server.user,
    );
    expect(put.status).toBe(201);
    // Two revisions of one document written as replication writes them (new_edits: false): a conflict.
    const bulk = await server.request(
      '/tandem/_bulk_docs',
      {
        method: 'POST',
        body: JSON.stringify({
          new_edits: false,
          docs: [
            { _id: 'projects:p1', _rev: '1-aaa', table: 'projects', record: { id: 'p1', name: 'A' } },
            { _id: 'projects:p1', _rev: '1-bbb', table: 'projects', record: { id: 'p1', name: 'B' } },
          ],
        }),
      },
      server.user,
    );
    expect(bulk.status).toBe(201);

    const docs = await server.documents();
    expect(docs.map((doc) => doc._id)).toEqual(['clients:c1', 'projects:p1']);
    // CouchDB's winner among equal generations is the higher revision hash: 'bbb' > 'aaa'.
    expect(docs[1]).toMatchObject({ _rev: '1-bbb', _conflicts: ['1-aaa'], record: { name: 'B' } });
  });

  it('a disk store goes down and comes back on the same port with its data and users', async () => {
    server = await startCouchServer({ store: 'disk' });
    const { port } = server;
    await server.request(
      '/tandem/clients:c1',
      { method: 'PUT', body: JSON.stringify({ table: 'clients', record: { id: 'c1' } }) },
      server.user,
    );

    await server.stop();
    expect(server.running).toBe(false);
    expect(await answers(server.origin)).toBe(false);

    await server.start();
    expect(server.running).toBe(true);
    expect(server.port).toBe(port);
    expect((await server.documents()).map((doc) => doc._id)).toEqual(['clients:c1']);
    expect((await server.request('/tandem', {}, server.user)).status).toBe(200);
    expect((await server.request('/tandem', {}, { name: server.user.name, password: 'wrong' })).status).toBe(401);
  });

  it('a memory store comes back empty, set up again (admin, database, user)', async () => {
    server = await startCouchServer();
    await server.request(
      '/tandem/clients:c1',
      { method: 'PUT', body: JSON.stringify({ table: 'clients', record: { id: 'c1' } }) },
      server.user,
    );
    await server.stop();
    await server.start();
    expect(await server.documents()).toEqual([]);
    expect((await server.request('/tandem', {}, server.user)).status).toBe(200);
  });

  it('close ends the process and frees the port; closing twice is harmless', async () => {
    server = await startCouchServer();
    const { origin } = server;
    await server.close();
    await server.close();
    expect(await answers(origin)).toBe(false);
    await expect(server.start()).rejects.toThrow('closed');
    server = null;
  });
});
