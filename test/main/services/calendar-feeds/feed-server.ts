import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A real HTTP server on 127.0.0.1 (port 0: any free port) whose answer each test sets, so the feed
// service is tested through a real socket. Started and stopped by the tests that use it.

export type Answer = (request: IncomingMessage, response: ServerResponse) => void;

export interface FeedServer {
  /** http://127.0.0.1:<port><path> */
  url(path: string): string;
  answer: Answer;
  requests: number;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const feedServer: FeedServer = {
    url: () => '',
    answer: (_request, response) => response.end(),
    requests: 0,
    close: async () => undefined,
  };
  const server: Server = createServer((request, response) => {
    feedServer.requests += 1;
    feedServer.answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  feedServer.url = (path) => `http://127.0.0.1:${port}${path}`;
  feedServer.close = () =>
    new Promise<void>((resolve) => {
      // A test's server may hold a request open on purpose (the timeout): drop it.
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return feedServer;
}

export const calendarText = (summary: string) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Tandem tests//EN', 'BEGIN:VEVENT', 'UID:standup@example.com', 'DTSTAMP:20260316T080000Z',
    'DTSTART:20260318T090000Z', 'DTEND:20260318T093000Z', `SUMMARY:${summary}`, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

export function sendCalendar(summary: string): Answer {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
    response.end(calendarText(summary));
  };
}
