import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFLINE_MESSAGE, createFeedStore } from '../../../../src/main/services/calendar-feeds/feed-store';
import type { FeedStore, FeedStoreOptions } from '../../../../src/main/services/calendar-feeds/feed-store';
import { calendarText, sendCalendar, startFeedServer } from './feed-server';
import type { FeedServer } from './feed-server';

// The feed store against a real server on 127.0.0.1, with Node's fetch in place of Electron's net.

const REFRESHED_AT = '2026-03-18T08:30:00.000Z';
const LATER = '2026-03-18T09:00:00.000Z';
const MB = 1024 * 1024;

let server: FeedServer;
let folder: string;
let clock: string;

beforeEach(async () => {
  server = await startFeedServer();
  folder = mkdtempSync(join(tmpdir(), 'tandem-feeds-'));
  clock = REFRESHED_AT;
});
afterEach(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

function store(options: Partial<FeedStoreOptions> = {}): FeedStore {
  return createFeedStore({ folder, fetch: (url, init) => fetch(url, init), now: () => new Date(clock), ...options });
}

/** A store holding one feed whose first refresh brought 'Stand-up'. */
async function storeWithGoodCopy(options: Partial<FeedStoreOptions> = {}) {
  const feeds = store(options);
  server.answer = sendCalendar('Stand-up');
  const feed = await feeds.add({ address: server.url('/private-abc123/basic.ics'), name: 'Work', colour: 'blue' });
  clock = LATER;
  return { feeds, feed };
}

async function expectFailureKeepsCopy(feeds: FeedStore, id: string, error: string) {
  const [after] = await feeds.refresh(id);
  expect(after).toMatchObject({ refreshedAt: REFRESHED_AT, error });
  expect((await feeds.readCopies()).map((copy) => copy.text)).toEqual([calendarText('Stand-up')]);
}

describe('calendar feed store', () => {
  it('adds a feed, fetches it, keeps the copy on disk and shows the address without its secret', async () => {
    const { feeds, feed } = await storeWithGoodCopy();
    expect(feed).toMatchObject({ name: 'Work', colour: 'blue', refreshedAt: REFRESHED_AT, error: null });
    expect(feed.address).toMatch(/^127\.0\.0\.1:\d+\/…\/basic\.ics$/);
    expect(await feeds.readCopies()).toEqual([{ id: feed.id, name: 'Work', colour: 'blue', text: calendarText('Stand-up') }]);
    expect(readFileSync(join(folder, `${feed.id}.ics`), 'utf8')).toBe(calendarText('Stand-up'));
    // The list survives a restart: a new store reads it back.
    expect(await store().list()).toEqual([feed]);
  });

  it('takes the changed content on the next refresh', async () => {
    const { feeds } = await storeWithGoodCopy();
    server.answer = sendCalendar('Design review');
    const [after] = await feeds.refresh();
    expect(after).toMatchObject({ refreshedAt: LATER, error: null });
    expect((await feeds.readCopies())[0]?.text).toBe(calendarText('Design review'));
  });

  it('says what the server answered on a 404 and keeps the last good copy', async () => {
    const { feeds, feed } = await storeWithGoodCopy();
    server.answer = (_request, response) => response.writeHead(404).end('gone');
    await expectFailureKeepsCopy(feeds, feed.id, 'The server answered 404 Not Found.');
  });

  it('gives up on a server that never answers, at the time limit, and keeps the copy', async () => {
    const { feeds, feed } = await storeWithGoodCopy({ limits: { maxBytes: MB, timeoutMs: 300 } });
    server.answer = () => undefined;
    await expectFailureKeepsCopy(feeds, feed.id, 'No answer within 0.3 seconds.');
  });

  it('stops a 20 MB feed while it streams, past the 10 MB limit, and keeps the copy', async () => {
    const { feeds, feed } = await storeWithGoodCopy();
    let sent = 0;
    server.answer = (_request, response) => {
      // No content-length: only counting the bytes as they arrive can catch it.
      response.writeHead(200, { 'content-type': 'text/calendar' });
      const chunk = Buffer.alloc(64 * 1024, 'A');
      const pump = () => {
        while (sent < 20 * MB && !response.destroyed) {
          sent += chunk.byteLength;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.write('BEGIN:VCALENDAR\r\n');
      pump();
    };
    await expectFailureKeepsCopy(feeds, feed.id, 'The feed is larger than 10 MB.');
    expect(sent).toBeLessThan(20 * MB);
  });

  it('refuses a declared length over the limit before reading the body', async () => {
    const { feeds, feed } = await storeWithGoodCopy();
    server.answer = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/calendar', 'content-length': String(11 * MB) });
      response.write('BEGIN:VCALENDAR\r\n');
    };
    await expectFailureKeepsCopy(feeds, feed.id, 'The feed is larger than 10 MB.');
  });

  it('says when the answer is not an iCalendar file and keeps the copy', async () => {
    const { feeds, feed } = await storeWithGoodCopy();
    server.answer = (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Sign in</p>');
    await expectFailureKeepsCopy(feeds, feed.id, 'This is not an iCalendar file: check that the address is the calendar’s private .ics address.');
  });

  it('says when the server cannot be reached, naming the host only', async () => {
    const { feeds, feed } = await storeWithGoodCopy();
    const host = new URL(server.url('/')).host;
    await server.close();
    await expectFailureKeepsCopy(feeds, feed.id, `Could not reach ${host}: check the connection and the address.`);
  });

  it.each([
    ['http://calendar.example.com/private-abc/basic.ics', 'Use an https:// address: Tandem fetches calendars only over an encrypted connection.'],
    ['ftp://calendar.example.com/basic.ics', 'Use an https:// address: Tandem fetches calendars only over an encrypted connection.'],
    ['calendar.example.com/basic.ics', 'This is not a web address: it should start with https://.'],
    ['   ', 'Enter the calendar’s private .ics address.'],
  ])('refuses %j without fetching it', async (address, message) => {
    const feeds = store();
    await expect(feeds.add({ address, name: 'Work', colour: 'blue' })).rejects.toThrow(message);
    expect(await feeds.list()).toEqual([]);
    expect(server.requests).toBe(0);
  });

  it('refuses the same address twice and a feed without a name', async () => {
    const { feeds } = await storeWithGoodCopy();
    await expect(feeds.add({ address: server.url('/private-abc123/basic.ics/'), name: 'Again', colour: 'red' })).rejects.toThrow(
      'This address is already in the list, as “Work”.',
    );
    await expect(feeds.add({ address: server.url('/other.ics'), name: '  ', colour: 'red' })).rejects.toThrow('Give the feed a name.');
    expect(await feeds.list()).toHaveLength(1);
  });

  it('removes a feed with its copy', async () => {
    const { feeds, feed } = await storeWithGoodCopy();
    await feeds.remove(feed.id);
    expect(await feeds.list()).toEqual([]);
    expect(await feeds.readCopies()).toEqual([]);
    expect(readdirSync(folder)).toEqual(['feeds.json']);
  });

  it('adds a feed while offline without fetching, and refuses to refresh until online', async () => {
    let online = false;
    const feeds = store({ isOnline: () => online });
    server.answer = sendCalendar('Stand-up');
    const feed = await feeds.add({ address: server.url('/basic.ics'), name: 'Work', colour: 'teal' });
    expect(feed).toMatchObject({ refreshedAt: null, error: null });
    expect(server.requests).toBe(0);
    await expect(feeds.refresh()).rejects.toThrow(OFFLINE_MESSAGE);
    online = true;
    expect((await feeds.refresh())[0]).toMatchObject({ refreshedAt: REFRESHED_AT, error: null });
  });

  it('never writes the address into what the renderer sees', async () => {
    const { feeds } = await storeWithGoodCopy();
    const seen = JSON.stringify([await feeds.list(), await feeds.readCopies()]);
    expect(seen).not.toContain('private-abc123');
  });
});
