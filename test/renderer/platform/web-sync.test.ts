// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  forgetSyncCredentialsInBrowser,
  readSyncCredentialsInBrowser,
  setSyncCredentialsInBrowser,
  syncRequestInBrowser,
} from '../../../src/renderer/src/platform/web-sync';

// The browser build's sync sign-in: this session's memory only, requests by window.fetch to the kept origin.

const PASSWORD = 'correct horse battery staple';
const fetchSpy = vi.fn<typeof window.fetch>();

beforeEach(async () => {
  await forgetSyncCredentialsInBrowser();
  fetchSpy.mockReset();
  fetchSpy.mockResolvedValue(
    new Response('{"ok":true}', { status: 201, statusText: 'Created', headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchSpy);
  window.fetch = fetchSpy;
});
afterEach(() => vi.unstubAllGlobals());

describe('sync in the browser', () => {
  it('keeps the password in memory only: not in localStorage, sessionStorage, cookies or the summary', async () => {
    const summary = await setSyncCredentialsInBrowser({
      serverAddress: 'http://127.0.0.1:5984/tandem',
      username: 'ana',
      password: PASSWORD,
    });
    expect(summary).toEqual({ origin: 'http://127.0.0.1:5984', username: 'ana' });
    expect(JSON.stringify(await readSyncCredentialsInBrowser())).not.toContain(PASSWORD);
    expect(JSON.stringify({ ...localStorage })).not.toContain(PASSWORD);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(PASSWORD);
    expect(document.cookie).not.toContain(PASSWORD);
  });

  it('sends to the kept origin, signed in, without cookies; refuses any other origin and a non-https address', async () => {
    await expect(
      setSyncCredentialsInBrowser({ serverAddress: 'http://couch.example.com', username: 'ana', password: PASSWORD }),
    ).rejects.toThrow(/https/);
    await expect(syncRequestInBrowser({ url: 'http://127.0.0.1:5984/tandem', method: 'GET', headers: {} })).rejects.toThrow(
      'Sync is not set up',
    );
    await setSyncCredentialsInBrowser({ serverAddress: 'http://127.0.0.1:5984', username: 'ana', password: PASSWORD });
    const answer = await syncRequestInBrowser({
      url: 'http://127.0.0.1:5984/tandem/_bulk_docs',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(answer.status).toBe(201);
    expect(new TextDecoder().decode(answer.body)).toBe('{"ok":true}');
    const [, init] = fetchSpy.mock.calls[0]!;
    expect(new Headers(init?.headers).get('authorization')).toBe(`Basic ${btoa(`ana:${PASSWORD}`)}`);
    expect(init?.credentials).toBe('omit');
    await expect(syncRequestInBrowser({ url: 'http://localhost:5984/tandem', method: 'GET', headers: {} })).rejects.toThrow(
      'only to http://127.0.0.1:5984',
    );
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('forgets the password', async () => {
    await setSyncCredentialsInBrowser({ serverAddress: 'https://couch.example.com', username: 'ana', password: PASSWORD });
    await forgetSyncCredentialsInBrowser();
    expect(await readSyncCredentialsInBrowser()).toBeNull();
    await expect(syncRequestInBrowser({ url: 'https://couch.example.com/tandem', method: 'GET', headers: {} })).rejects.toThrow(
      'Sync is not set up',
    );
  });
});
