import { basicAuthorization, isForbiddenSyncHeader, isOnSyncOrigin, syncOrigin } from '@shared/sync';
import type { SyncCredentialsRequest, SyncCredentialsSummary, SyncHttpRequest, SyncHttpResponse } from '@shared/sync';

// The browser build's sync sign-in: kept in this page's memory only, so it is gone when the tab is
// closed or reloaded (the browser has no keychain Tandem can use, and IndexedDB would put the password
// in every backup). Requests go out with window.fetch, to the kept origin only; the server must allow
// the page's origin (CORS), see the README.

let kept: { summary: SyncCredentialsSummary; authorization: string } | null = null;

export async function setSyncCredentialsInBrowser(request: SyncCredentialsRequest): Promise<SyncCredentialsSummary> {
  const summary = { origin: syncOrigin(request.serverAddress), username: request.username.trim() };
  kept = { summary, authorization: basicAuthorization(summary.username, request.password) };
  return summary;
}

export async function readSyncCredentialsInBrowser(): Promise<SyncCredentialsSummary | null> {
  return kept?.summary ?? null;
}

export async function forgetSyncCredentialsInBrowser(): Promise<void> {
  kept = null;
}

export async function syncRequestInBrowser(request: SyncHttpRequest): Promise<SyncHttpResponse> {
  if (!kept) throw new Error('Sync is not set up: enter the server, user name and password and press Start syncing.');
  const { origin } = kept.summary;
  if (!isOnSyncOrigin(request.url, origin)) throw new Error(`Tandem sends sync requests only to ${origin}.`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (!isForbiddenSyncHeader(name)) headers.set(name, value);
  headers.set('authorization', kept.authorization);
  let response: Response;
  try {
    response = await window.fetch(request.url, {
      method: request.method,
      headers,
      // slice(): a copy on its own ArrayBuffer, which is what fetch takes
      body: typeof request.body === 'string' ? request.body : request.body?.slice(),
      credentials: 'omit',
      redirect: 'error',
    });
  } catch {
    throw new Error(
      `Could not reach ${new URL(origin).host}: check the connection, the address, and that the server allows this page (CORS).`,
    );
  }
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  return {
    status: response.status,
    statusText: response.statusText,
    headers: responseHeaders,
    body: new Uint8Array(await response.arrayBuffer()),
  };
}
