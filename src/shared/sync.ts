// Sync with a CouchDB server: the address rule and the request/response shapes that cross from the
// renderer's replicator to main's network proxy. No runtime imports, so the sandboxed preload may
// import this file's types and main and renderer share the rule.

import { isLoopbackHost } from './calendar-feeds';

export const SYNC_ADDRESS_MAX = 2048;
export const SYNC_USERNAME_MAX = 200;
export const SYNC_PASSWORD_MAX = 1024;
/** The largest response body main hands back (PouchDB asks in batches of 100 documents). */
export const SYNC_RESPONSE_MAX_BYTES = 64 * 1024 * 1024;
/** The largest request body the renderer may send (a batch of documents going up). */
export const SYNC_REQUEST_MAX_BYTES = 64 * 1024 * 1024;

/** Why an address cannot be the sync server, in plain words; null when it can. */
export function syncAddressProblem(text: string): string | null {
  const address = text.trim();
  if (address === '') return 'Enter the server’s address, such as https://couch.example.com.';
  if (address.length > SYNC_ADDRESS_MAX) return 'This address is too long.';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'This is not a web address: it should start with https://.';
  }
  if (url.username !== '' || url.password !== '')
    return 'Put the user name and password in their own fields, not in the address.';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return null;
  return 'Use an https:// address: Tandem syncs only over an encrypted connection (http only to this machine: 127.0.0.1 or localhost).';
}

/** The origin requests may go to ('https://couch.example.com:6984'); throws when the address is refused. */
export function syncOrigin(address: string): string {
  const problem = syncAddressProblem(address);
  if (problem) throw new Error(problem);
  return new URL(address.trim()).origin;
}

/** True when `url` is a well-formed address on exactly `origin` (scheme, host and port). */
export function isOnSyncOrigin(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.origin === origin && parsed.username === '' && parsed.password === '' && syncAddressProblem(url) === null;
  } catch {
    return false;
  }
}

/** What the renderer asks main to keep: the server, who signs in, and the password (kept by safeStorage). */
export interface SyncCredentialsRequest {
  serverAddress: string;
  username: string;
  password: string;
}

/** What main tells the renderer about the kept credentials: never the password. */
export interface SyncCredentialsSummary {
  origin: string;
  username: string;
}

/** One HTTP request of the replicator; main adds the Authorization header itself. */
export interface SyncHttpRequest {
  url: string;
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'COPY';
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface SyncHttpResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Headers the renderer may not set: main owns the sign-in and the connection. */
export function isForbiddenSyncHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'authorization' || lower === 'cookie' || lower === 'host' || lower.startsWith('proxy-');
}

/** 'Basic …' for the user and password, as CouchDB's basic authentication wants it (UTF-8, base64). */
export function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
