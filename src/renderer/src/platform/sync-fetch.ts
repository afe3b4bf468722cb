import type { SyncHttpRequest } from '@shared/sync';
import { platform } from './platform';

// The fetch the replicator (PouchDB's `fetch` option) uses for the sync server: each request goes
// through platform.syncRequest, so in the desktop app main sends it (to the kept origin only, signed in
// with the password only main holds) and in the browser the web fallback does. PouchDB passes no
// password: the sign-in is added on the other side.

const METHODS: readonly SyncHttpRequest['method'][] = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'COPY'];

function methodOf(text: string | undefined): SyncHttpRequest['method'] {
  const method = (text ?? 'GET').toUpperCase();
  const known = METHODS.find((candidate) => candidate === method);
  if (!known) throw new Error(`Sync does not send ${method} requests.`);
  return known;
}

async function bodyOf(body: BodyInit | null | undefined): Promise<string | Uint8Array | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  throw new Error('Sync sends text or bytes only.');
}

function abortError(): DOMException {
  return new DOMException('The sync request was cancelled.', 'AbortError');
}

export async function syncFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => {
    // PouchDB adds its own Authorization only when given `auth`, which the replicator never passes.
    if (name !== 'authorization') headers[name] = value;
  });
  const request: SyncHttpRequest = { url, method: methodOf(init.method), headers };
  const body = await bodyOf(init.body);
  if (body !== undefined) request.body = body;
  const signal = init.signal ?? undefined;
  if (signal?.aborted) throw abortError();
  // Main cannot be told to stop mid-request; an aborted request's answer is dropped here.
  const answer = await new Promise<Awaited<ReturnType<typeof platform.syncRequest>>>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    platform.syncRequest(request).then(
      (value) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? new TypeError(error.message) : error);
      },
    );
  });
  const nullBody = answer.status === 204 || answer.status === 304 || request.method === 'HEAD';
  return new Response(nullBody ? null : answer.body.slice(), {
    status: answer.status,
    statusText: answer.statusText,
    headers: answer.headers,
  });
}
