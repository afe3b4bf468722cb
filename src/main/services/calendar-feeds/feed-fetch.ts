import { STATUS_CODES } from 'node:http';
import { concatBytes } from '@shared/bytes';
import { feedAddressProblem } from '@shared/calendar-feeds';
import { logError } from '../log/main-log';

// One download of a feed, within limits, answering with the text or a reason in plain words.
// The fetch function is injected: Electron's net (through the feed session) in the app, Node's
// fetch against a server on 127.0.0.1 in tests.

export type FeedFetch = (url: string, init: { signal: AbortSignal; redirect: 'follow'; headers: Record<string, string> }) => Promise<Response>;

export interface FeedLimits {
  maxBytes: number;
  timeoutMs: number;
}

export const FEED_LIMITS: FeedLimits = { maxBytes: 10 * 1024 * 1024, timeoutMs: 20_000 };

export type FeedDownload = { ok: true; text: string } | { ok: false; error: string };

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const seconds = (ms: number) => {
  const count = Math.round(ms / 100) / 10;
  return `${count} second${count === 1 ? '' : 's'}`;
};

class FeedError extends Error {}

/** Reads the body, stopping (and cancelling the download) as soon as it passes the limit. */
async function readLimited(response: Response, limits: FeedLimits): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = `The feed is larger than ${megabytes(limits.maxBytes)}.`;
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new FeedError(tooLarge);
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limits.maxBytes) {
      await reader.cancel();
      throw new FeedError(tooLarge);
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}

function looksLikeICalendar(text: string): boolean {
  return /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text);
}

/** The network's failure in words; the host is named, never the address (it holds the secret). */
function networkFailure(error: unknown, url: URL): string {
  const message = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error);
  // The feed session cancels a redirect to an address that is not https (see feed-session.ts).
  if (message.includes('ERR_BLOCKED_BY_CLIENT')) return 'The server sent Tandem on to an address that is not https.';
  return `Could not reach ${url.host}: check the connection and the address.`;
}

export async function downloadFeed(address: string, fetchFeed: FeedFetch, limits: FeedLimits = FEED_LIMITS): Promise<FeedDownload> {
  const problem = feedAddressProblem(address);
  if (problem) return { ok: false, error: problem };
  const url = new URL(address);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    const response = await fetchFeed(url.href, { signal: controller.signal, redirect: 'follow', headers: { accept: 'text/calendar, */*;q=0.5' } });
    // Node's fetch reports where redirects ended; Electron's does not (its session guards each hop).
    if (response.redirected && response.url && feedAddressProblem(response.url)) {
      await response.body?.cancel();
      return { ok: false, error: 'The server sent Tandem on to an address that is not https.' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, error: `The server answered ${response.status} ${STATUS_CODES[response.status] ?? response.statusText}`.trim() + '.' };
    }
    const text = new TextDecoder('utf-8').decode(await readLimited(response, limits));
    if (!looksLikeICalendar(text)) return { ok: false, error: 'This is not an iCalendar file: check that the address is the calendar’s private .ics address.' };
    return { ok: true, text };
  } catch (error) {
    if (timedOut) return { ok: false, error: `No answer within ${seconds(limits.timeoutMs)}.` };
    if (error instanceof FeedError) return { ok: false, error: error.message };
    // The user sees plain words; the log keeps Chromium's own reason (net::ERR_…), scrubbed of the address.
    logError('calendar-feeds', error);
    return { ok: false, error: networkFailure(error, url) };
  } finally {
    clearTimeout(timer);
  }
}
