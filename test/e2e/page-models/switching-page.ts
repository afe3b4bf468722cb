import { expect, type Page } from '@playwright/test';
import { screenReady } from './helpers';

/** Switching: the period's figures and charts, and today so far. */
export class SwitchingPage {
  constructor(readonly page: Page) {}

  /** `route`: 'month/2026-06-10', 'week/…'; the default period by default. */
  async open(route = ''): Promise<void> {
    await this.page.goto(route ? `/#/switching/${route}` : '/#/switching');
    await screenReady(this.page, 'switching');
  }

  /** Today's switch count as shown. */
  async todaySwitches(): Promise<number> {
    const count = this.page.getByTestId('today-switches');
    await expect(count).toBeVisible();
    return Number(await count.textContent());
  }
}
