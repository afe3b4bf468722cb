import type { Page } from '@playwright/test';
import { screenReady } from './helpers';

/** Data & backups: backups, restore, CSV import, exports and the trash. */
export class BackupsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/backups');
    await screenReady(this.page, 'backups');
  }
}
