// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncHttpRequest, SyncHttpResponse } from '../../../src/shared/sync';

// PouchDB's fetch for the sync server: each request becomes one platform.syncRequest, and its answer a Response.

const syncRequest = vi.hoisted(() => vi.fn<(request: SyncHttpRequest) => Promise<SyncHttpResponse>>());
vi.mock('../../../src/renderer/src/platform/platform', () => ({ platform: { syncRequest } }));
const { syncFetch } = await import('../../../src/renderer/src/platform/sync-fetch');

beforeEach(() => {
  syncRequest.mockReset();
  syncRequest.mockResolvedValue({
    status: 200,
    statusText: 'OK',
    headers: { 'content-type': 'application/json' },
    body: new TextEncoder().encode('{"rows":[]}'),
  });
});

describe('syncFetch', () => {
  it('passes method, headers and body on (never an Authorization of its own) and answers with a Response', async () => {
    const response = await syncFetch('http://127.0.0.1:5984/tandem/_all_docs', {
      method: 'post',
      headers: { 'Content-Type': 'application/json', Authorization: 'Basic eDp5' },
      body: new Blob(['{"keys":[]}']),
    });
    const sent = syncRequest.mock.calls[0]![0];
    expect({ ...sent, body: undefined }).toEqual({
      url: 'http://127.0.0.1:5984/tandem/_all_docs',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: undefined,
    });
    // The Blob's bytes, read into the request (a Blob cannot cross IPC).
    expect(new TextDecoder().decode(sent.body as Uint8Array)).toBe('{"keys":[]}');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ rows: [] });
  });

  it('rejects as a network failure when the request could not be sent, and as an abort when cancelled', async () => {
    syncRequest.mockRejectedValueOnce(new Error('Could not reach 127.0.0.1:5984: check the connection and the address.'));
    await expect(syncFetch('http://127.0.0.1:5984/tandem')).rejects.toThrow(TypeError);
    const controller = new AbortController();
    syncRequest.mockReturnValueOnce(new Promise(() => undefined));
    const pending = syncFetch('http://127.0.0.1:5984/tandem/_changes?feed=longpoll', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a method sync never sends', async () => {
    await expect(syncFetch('http://127.0.0.1:5984/tandem', { method: 'PATCH' })).rejects.toThrow(
      'Sync does not send PATCH requests.',
    );
    expect(syncRequest).not.toHaveBeenCalled();
  });
});
