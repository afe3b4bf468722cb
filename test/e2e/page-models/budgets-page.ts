import type { Locator, Page } from '@playwright/test';
import { screenReady } from './helpers';

/** Budgets: the table of active projects and a project's budget view. */
export class BudgetsPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Budgets of active projects' });
  }

  /** On a budget view: the status badge. */
  get statusBadge(): Locator {
    return this.page.locator('.budget-status-badge');
  }

  /** On a budget view: the value of the figure labelled `label` ('Baseline'). */
  stat(label: string): Locator {
    return this.page
      .locator('.budget-stat')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('.budget-stat-value');
  }

  async open(): Promise<void> {
    await this.page.goto('/#/budgets');
    await screenReady(this.page, 'budgets');
  }

  /** From the open table: the budget view of the project whose link is `link`. */
  async openProject(link: Locator): Promise<void> {
    await link.click();
    await screenReady(this.page, 'budget-detail');
  }

  /** A project's figures as its budget view shows them, in the order of `labels`. */
  async figures(project: string, labels: readonly string[]): Promise<string[]> {
    await this.open();
    await this.openProject(this.page.getByRole('link', { name: project, exact: true }).first());
    const values: string[] = [];
    for (const label of labels) values.push(await this.stat(label).innerText());
    return values;
  }
}
