import { expect, type Locator, type Page } from '@playwright/test';
import type { CouchServer } from '../../support/couch-server';
import { screenReady } from './helpers';

/** Settings → Sync (the server form and status, the join confirmation) and Sync conflicts. */
export class SyncPage {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Sync server' });
  }

  /** "Connected", "Offline: The server cannot be reached…", "Stopped by an error: …". */
  get status(): Locator {
    return this.page.getByLabel('Sync status').getByRole('definition').nth(0);
  }

  /** The "Changes" line: "No changes waiting", "2 changes waiting to go up". */
  get changes(): Locator {
    return this.page.getByLabel('Sync status').getByRole('definition').nth(2);
  }

  /** The bar shown while a first sync pulls: "First sync: 500 of 3,208 records". */
  get firstSyncProgress(): Locator {
    return this.page.getByRole('progressbar', { name: /^First sync:/ });
  }

  get conflicts(): Locator {
    return this.page.getByRole('region', { name: 'Sync conflicts' });
  }

  /** One listed conflict by its heading ('Client “Acme North”'). */
  conflict(name: string | RegExp): Locator {
    return this.conflicts.getByRole('listitem', { name });
  }

  get joinDialog(): Locator {
    return this.page.getByRole('dialog', { name: /Merge this computer’s data with the server/ });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/settings');
    await screenReady(this.page, 'settings');
  }

  /**
   * Fills the form for `couch`'s database and user (another password for the wrong-password case) and
   * presses Start syncing; a device that has data is asked to back up and merge, and `join` says whether
   * it expects that question.
   */
  async start(
    couch: CouchServer,
    { password = couch.user.password, join = false }: { password?: string; join?: boolean } = {},
  ): Promise<void> {
    await this.open();
    await this.form.getByLabel('Server address').fill(couch.origin);
    await this.form.getByLabel('Database').fill(couch.database);
    await this.form.getByLabel('User name').fill(couch.user.name);
    await this.form.getByLabel('Password', { exact: true }).fill(password);
    await this.form.getByRole('button', { name: 'Start syncing' }).click();
    if (join) {
      await expect(this.joinDialog).toBeVisible();
      await this.joinDialog.getByRole('button', { name: 'Back up and merge' }).click();
      await expect(this.joinDialog).toHaveCount(0);
    }
  }

  /**
   * Sync now, then waits for the run to end (the button is disabled while it runs) and for "Connected"
   * with nothing left to go up: the status may read so already before the run, so it alone says nothing.
   * `timeout` bounds the run (thousands of records take longer than expect's default).
   */
  async syncNow({ timeout }: { timeout?: number } = {}): Promise<void> {
    await this.open();
    const button = this.form.getByRole('button', { name: 'Sync now' });
    await button.click();
    await expect(button).toBeEnabled({ timeout });
    await this.expectInStep();
  }

  async expectInStep(): Promise<void> {
    await expect(this.status).toHaveText('Connected');
    await expect(this.changes).toHaveText('No changes waiting');
  }
}
