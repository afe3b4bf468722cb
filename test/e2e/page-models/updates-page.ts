import { expect, type Locator, type Page } from '@playwright/test';
import { screenReady } from './helpers';

/** Updates: a client's drafts, the Markdown editor, its preview and the jargon check. */
export class UpdatesPage {
  constructor(readonly page: Page) {}

  get editor(): Locator {
    return this.page.getByLabel('Markdown', { exact: true });
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Preview' });
  }

  get jargon(): Locator {
    return this.page.getByRole('region', { name: 'Jargon check' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/updates');
    await screenReady(this.page, 'updates');
  }

  /** Generate draft for the chosen client and period; the draft opens. */
  async generate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Generate draft' }).click();
    await expect(this.page.getByText(/Draft generated/)).toBeVisible();
    await expect(this.page).toHaveURL(/#\/updates\/[^/]+\/[^/]+$/);
  }
}
