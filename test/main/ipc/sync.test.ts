import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke, resetFakeElectron } from '../fake-electron';
import { registerSyncHandlers } from '../../../src/main/ipc/sync';
import type { SyncCredentialStore } from '../../../src/main/services/sync/sync-credentials';
import type { SyncProxy } from '../../../src/main/services/sync/sync-proxy';

vi.mock('electron', () => import('../fake-electron'));

const APP_URL = 'app://tandem/index.html';
const SUMMARY = { origin: 'https://couch.example.com', username: 'ana' };
const credentials = {
  set: vi.fn<SyncCredentialStore['set']>(async () => SUMMARY),
  read: vi.fn<SyncCredentialStore['read']>(async () => SUMMARY),
  forget: vi.fn<SyncCredentialStore['forget']>(async () => undefined),
  signIn: vi.fn<SyncCredentialStore['signIn']>(async () => null),
  currentOrigin: vi.fn<SyncCredentialStore['currentOrigin']>(() => null),
};
const proxy = {
  request: vi.fn<SyncProxy['request']>(async () => ({ status: 200, statusText: 'OK', headers: {}, body: new Uint8Array() })),
};

beforeEach(() => {
  resetFakeElectron();
  registerSyncHandlers(credentials, proxy);
});

describe('sync IPC', () => {
  it('passes a valid sign-in and request on', async () => {
    const request = { serverAddress: 'https://couch.example.com', username: 'ana', password: 'secret' };
    expect(await invoke('sync:set-credentials', APP_URL, request)).toEqual({ ok: true, value: SUMMARY });
    expect(credentials.set).toHaveBeenCalledWith(request);
    await invoke('sync:request', APP_URL, {
      url: 'https://couch.example.com/tandem',
      method: 'GET',
      headers: { accept: 'application/json' },
    });
    expect(proxy.request).toHaveBeenCalledTimes(1);
  });

  it('refuses a plain-http address off this machine, and a request that tries to sign itself in', async () => {
    const refused = await invoke('sync:set-credentials', APP_URL, {
      serverAddress: 'http://couch.example.com',
      username: 'ana',
      password: 'secret',
    });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('Use an https:// address') });
    const signed = await invoke('sync:request', APP_URL, {
      url: 'https://couch.example.com/tandem',
      method: 'GET',
      headers: { Authorization: 'Basic eDp5' },
    });
    expect(signed).toMatchObject({ ok: false });
    expect(credentials.set).not.toHaveBeenCalled();
    expect(proxy.request).not.toHaveBeenCalled();
  });

  it('refuses a sender that is not the app', async () => {
    expect(await invoke('sync:read-credentials', 'https://evil.example.com/')).toMatchObject({ ok: false });
    expect(credentials.read).not.toHaveBeenCalled();
  });
});
