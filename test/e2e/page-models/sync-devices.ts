import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';
import { type CouchServer, startCouchServer } from '../../support/couch-server';
import { expect, test as base } from './fixtures';

// Two devices syncing through one CouchDB-protocol server: `page` is the first device (as in every
// spec) and `otherPage` the second, a browser context of its own (its own IndexedDB, as another
// computer), at the same pinned instant. `couch` is a PouchDB Server the test starts on 127.0.0.1 with
// its data on disk (so it can go down and come back with it) and ends afterwards
// (test/support/couch-server.ts).
//
// A failed request to the sync server is one Chromium logs as a console error ("Failed to load
// resource: … 401", or the connection refused while the server is down); the sync tests provoke
// those on purpose and read the app's own words instead, so only those are let through, and only
// for the server's origin. Every other console error still fails the test.

function isSyncServerRequestError(message: ConsoleMessage, origin: string): boolean {
  return message.text().startsWith('Failed to load resource') && message.location().url.startsWith(`${origin}/`);
}

/** Collects the page's console errors and uncaught errors, except failed requests to the sync server. */
function collectErrors(page: Page, origin: string): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !isSyncServerRequestError(message, origin)) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * The device can no longer reach the sync server (its requests fail as with no network) while the
 * app's own files still load: Playwright's offline mode would also fail the screens' lazy chunks.
 */
export async function cutOffFromServer(context: BrowserContext, couch: CouchServer): Promise<void> {
  await context.route(`${couch.origin}/**`, (route) => route.abort('internetdisconnected'));
}

/**
 * A page of the device `context` at the pinned instant, with its console errors collected (check them
 * with `expect(errors).toEqual([])`): the second device's page, or a device's page opened again after
 * its first one was closed (the same profile: its IndexedDB stays with the context).
 */
export async function openDevicePage(
  context: BrowserContext,
  pinnedNow: string,
  couch: CouchServer,
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  await page.clock.install({ time: new Date(pinnedNow) });
  return { page, errors: collectErrors(page, couch.origin) };
}

export async function reconnectToServer(context: BrowserContext, couch: CouchServer): Promise<void> {
  await context.unroute(`${couch.origin}/**`);
}

export const test = base.extend<{ couch: CouchServer; otherContext: BrowserContext; otherPage: Page }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
  // eslint-disable-next-line no-empty-pattern
  couch: async ({}, use) => {
    const server = await startCouchServer({ store: 'disk' });
    try {
      await use(server);
    } finally {
      await server.close();
    }
  },
  consoleErrors: async ({ page, couch }, use) => {
    const errors = collectErrors(page, couch.origin);
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
  otherContext: async ({ browser }, use) => {
    // Inherits the config's baseURL, zone and viewport (Playwright's defaults for contexts made in a test).
    const context = await browser.newContext();
    await use(context);
    await context.close();
  },
  otherPage: async ({ otherContext, pinnedNow, couch }, use) => {
    const { page, errors } = await openDevicePage(otherContext, pinnedNow, couch);
    await use(page);
    expect(errors, 'console errors on the other device').toEqual([]);
  },
});
export { expect };
