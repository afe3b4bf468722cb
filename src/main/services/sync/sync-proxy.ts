import { session } from 'electron';
import { SYNC_RESPONSE_MAX_BYTES, isForbiddenSyncHeader, isOnSyncOrigin } from '@shared/sync';
import type { SyncHttpRequest, SyncHttpResponse } from '@shared/sync';
import { logError } from '../log/main-log';
import type { SyncCredentialStore } from './sync-credentials';

// The replicator's requests, sent by main so the renderer's CSP stays closed to the network. Each one
// goes only to the kept origin (https, or http on this machine), signed in by main with the kept
// password; anything else is refused before it leaves. Electron's net (through a session of its own)
// sends them in the app, with the system's proxy and certificates; tests pass Node's fetch.

export type SyncNetFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | Uint8Array; signal: AbortSignal },
) => Promise<Response>;

export const SYNC_PARTITION = 'sync';
/** A live changes request waits for news; longer than CouchDB's heartbeat-held long poll needs. */
export const SYNC_TIMEOUT_MS = 120_000;

/**
 * Electron's net in an in-memory session whose guard cancels every request (each redirect hop
 * included: net.fetch cannot stop at one) that is not on the origin `allowedOrigin` names right now.
 */
export function createSyncNetFetch(allowedOrigin: () => string | null): SyncNetFetch {
  const syncSession = session.fromPartition(SYNC_PARTITION, { cache: false });
  syncSession.webRequest.onBeforeRequest((details, callback) => {
    const origin = allowedOrigin();
    callback({ cancel: origin === null || !isOnSyncOrigin(details.url, origin) });
  });
  return (url, init) => syncSession.fetch(url, init);
}

class AnswerTooLarge extends Error {
  constructor() {
    super('The server’s answer is too large.');
  }
}

export interface SyncProxy {
  request(request: SyncHttpRequest): Promise<SyncHttpResponse>;
}

export function createSyncProxy(options: {
  credentials: SyncCredentialStore;
  fetch: SyncNetFetch;
  timeoutMs?: number;
}): SyncProxy {
  const { credentials, fetch } = options;
  const timeoutMs = options.timeoutMs ?? SYNC_TIMEOUT_MS;
  return {
    async request(request) {
      const signIn = await credentials.signIn();
      if (!signIn) throw new Error('Sync is not set up: enter the server, user name and password and press Start syncing.');
      if (!isOnSyncOrigin(request.url, signIn.origin)) {
        throw new Error(`Tandem sends sync requests only to ${signIn.origin}.`);
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) if (!isForbiddenSyncHeader(name)) headers[name] = value;
      headers.authorization = signIn.authorization;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const response = await fetch(request.url, {
          method: request.method,
          headers,
          body: request.body,
          signal: controller.signal,
        });
        if (Number(response.headers.get('content-length')) > SYNC_RESPONSE_MAX_BYTES) {
          await response.body?.cancel();
          throw new AnswerTooLarge();
        }
        const body = new Uint8Array(await response.arrayBuffer());
        if (body.byteLength > SYNC_RESPONSE_MAX_BYTES) throw new AnswerTooLarge();
        const responseHeaders: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          if (name !== 'set-cookie') responseHeaders[name] = value;
        });
        return { status: response.status, statusText: response.statusText, headers: responseHeaders, body };
      } catch (error) {
        if (error instanceof AnswerTooLarge) throw error;
        // The log keeps the network's own reason; the renderer gets plain words naming the host only.
        logError('sync', error);
        if (controller.signal.aborted)
          throw new Error(`No answer from ${new URL(signIn.origin).host} within ${timeoutMs / 1000} seconds.`, { cause: error });
        throw new Error(`Could not reach ${new URL(signIn.origin).host}: check the connection and the address.`, {
          cause: error,
        });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
