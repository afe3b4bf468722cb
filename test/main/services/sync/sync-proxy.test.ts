import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeElectron, safeStorage, session } from '../../fake-electron';
import { createSyncCredentialStore, NO_SECURE_STORAGE } from '../../../../src/main/services/sync/sync-credentials';
import { SYNC_PARTITION, createSyncNetFetch, createSyncProxy } from '../../../../src/main/services/sync/sync-proxy';
import type { SyncNetFetch } from '../../../../src/main/services/sync/sync-proxy';

vi.mock('electron', () => import('../../fake-electron'));

const PASSWORD = 'correct horse battery staple';
let folder: string;

function setup() {
  const credentials = createSyncCredentialStore({ file: join(folder, 'sync-credentials.json'), secretBox: safeStorage });
  const fetch = vi.fn<SyncNetFetch>(
    async () =>
      new Response('{"ok":true}', {
        status: 200,
        statusText: 'OK',
        headers: { 'content-type': 'application/json', 'set-cookie': 'AuthSession=x' },
      }),
  );
  return { credentials, fetch, proxy: createSyncProxy({ credentials, fetch }) };
}

beforeEach(async () => {
  resetFakeElectron();
  folder = await mkdtemp(join(tmpdir(), 'tandem-sync-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('sync credentials', () => {
  it('writes the password only as safeStorage ciphertext, and never hands it back', async () => {
    const { credentials } = setup();
    const summary = await credentials.set({
      serverAddress: 'https://couch.example.com:6984/tandem',
      username: ' ana ',
      password: PASSWORD,
    });
    expect(summary).toEqual({ origin: 'https://couch.example.com:6984', username: 'ana' });
    expect(safeStorage.encryptString).toHaveBeenCalledWith(PASSWORD);
    // Every file in the folder, read as text: the password is in none of them.
    for (const name of await readdir(folder)) expect(await readFile(join(folder, name), 'utf8')).not.toContain(PASSWORD);
    expect(await credentials.read()).toEqual(summary);
    expect(JSON.stringify(await credentials.read())).not.toContain(PASSWORD);
  });

  it('refuses to keep a password when the system has no keychain, writing nothing', async () => {
    safeStorage.available = false;
    const { credentials } = setup();
    await expect(
      credentials.set({ serverAddress: 'https://couch.example.com', username: 'ana', password: PASSWORD }),
    ).rejects.toThrow(NO_SECURE_STORAGE);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses an address that is neither https nor this machine', async () => {
    const { credentials } = setup();
    for (const serverAddress of [
      'http://couch.example.com:5984',
      'http://192.168.1.20:5984',
      'ftp://couch.example.com',
      'couch.example.com',
    ]) {
      await expect(credentials.set({ serverAddress, username: 'ana', password: PASSWORD })).rejects.toThrow();
    }
    expect(await readdir(folder)).toEqual([]);
  });

  it('forgets the sign-in', async () => {
    const { credentials } = setup();
    await credentials.set({ serverAddress: 'http://127.0.0.1:5984', username: 'ana', password: PASSWORD });
    await credentials.forget();
    expect(await credentials.read()).toBeNull();
    expect(credentials.currentOrigin()).toBeNull();
  });
});

describe('sync proxy', () => {
  it('sends a request to the kept origin, signed in by main, without cookies coming back', async () => {
    const { credentials, fetch, proxy } = setup();
    await credentials.set({ serverAddress: 'http://localhost:5984', username: 'ana', password: PASSWORD });
    const response = await proxy.request({
      url: 'http://localhost:5984/tandem/_bulk_docs',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"docs":[]}',
    });
    expect(response.status).toBe(200);
    expect(new TextDecoder().decode(response.body)).toBe('{"ok":true}');
    expect(response.headers['set-cookie']).toBeUndefined();
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('http://localhost:5984/tandem/_bulk_docs');
    // base64('ana:correct horse battery staple')
    expect(init.headers.authorization).toBe(`Basic ${Buffer.from(`ana:${PASSWORD}`).toString('base64')}`);
    expect(init.method).toBe('POST');
  });

  it('refuses a request to another origin, and one before any sign-in is kept, before anything is sent', async () => {
    const { credentials, fetch, proxy } = setup();
    const request = { url: 'https://couch.example.com/tandem', method: 'GET' as const, headers: {} };
    await expect(proxy.request(request)).rejects.toThrow('Sync is not set up');
    await credentials.set({ serverAddress: 'https://couch.example.com', username: 'ana', password: PASSWORD });
    for (const url of [
      'https://evil.example.com/tandem',
      'http://couch.example.com/tandem',
      'https://couch.example.com:8443/tandem',
      'https://ana:x@couch.example.com/tandem',
    ]) {
      await expect(proxy.request({ ...request, url })).rejects.toThrow('only to https://couch.example.com');
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says in plain words that the server could not be reached, naming the host only', async () => {
    const { credentials } = setup();
    await credentials.set({ serverAddress: 'https://couch.example.com', username: 'ana', password: PASSWORD });
    const failing = createSyncProxy({ credentials, fetch: async () => Promise.reject(new Error('net::ERR_CONNECTION_REFUSED')) });
    await expect(failing.request({ url: 'https://couch.example.com/tandem', method: 'GET', headers: {} })).rejects.toThrow(
      'Could not reach couch.example.com: check the connection and the address.',
    );
  });

  it('cancels, in its own session, every request (each redirect hop too) that leaves the kept origin', () => {
    let origin: string | null = 'https://couch.example.com';
    createSyncNetFetch(() => origin);
    const guard = session.partitions.get(SYNC_PARTITION)?.beforeRequest;
    if (!guard) throw new Error('no guard');
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      guard({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled('https://couch.example.com/tandem/_changes')).toBe(false);
    expect(cancelled('https://elsewhere.example.com/')).toBe(true);
    expect(cancelled('http://couch.example.com/tandem')).toBe(true);
    origin = null;
    expect(cancelled('https://couch.example.com/tandem')).toBe(true);
  });
});
