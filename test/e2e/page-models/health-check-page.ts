import type { Locator, Page } from '@playwright/test';
import { screenReady } from './helpers';

/** Health check: two checklists of questions, each answered per client and project with evidence. */
export class HealthCheckPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/health-check');
    await screenReady(this.page, 'health-check');
  }

  question(name: string): Locator {
    return this.page.getByRole('article', { name });
  }

  /** A question's list of the clients or projects answered no. */
  gaps(question: Locator): Locator {
    return question.getByRole('list', { name: /^No:/ });
  }

  /** A question's list of those answered yes (opened by its summary). */
  yesList(question: Locator): Locator {
    return question.getByRole('list', { name: /^Yes:/ });
  }
}
