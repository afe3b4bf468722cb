import { expect, type Page } from '@playwright/test';
import { screenReady } from './helpers';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Settings: the form, the team, the jargon glossary, Load sample agency. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  get glossary() {
    return this.page.getByRole('region', { name: 'Jargon glossary' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/settings');
    await screenReady(this.page, 'settings');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save settings' }).click();
  }

  /** On the open Settings screen: Load sample agency, then its toast (the data is in by then). */
  async loadSample({ timeout = 30_000 }: { timeout?: number } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Load sample agency' }).click();
    await expect(this.page.getByText(/Sample agency loaded/)).toBeVisible({ timeout });
  }

  get team() {
    return this.page.getByRole('region', { name: 'Team' });
  }

  /** On the open Settings screen: adds a teammate with Enter and waits until they are listed. */
  async addTeammate(name: string, role = ''): Promise<void> {
    const form = this.team.getByRole('form', { name: 'Add a teammate' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Role', { exact: true }).fill(role);
    await form.getByLabel('Role', { exact: true }).press('Enter');
    await expect(this.team.getByRole('button', { name: `Edit ${name}`, exact: true })).toBeVisible();
  }

  get costRates() {
    return this.page.getByRole('region', { name: 'Cost rates' });
  }

  /** On the open Settings screen: adds a cost rate for `person` ('You' or a teammate) and waits for its toast. */
  async addCostRate(person: string, from: string, rate: string): Promise<void> {
    const card = this.costRates;
    await card.getByLabel('Person', { exact: true }).selectOption({ label: person });
    await card.getByLabel('From', { exact: true }).fill(from);
    await card.getByLabel(/Cost per hour/).fill(rate);
    await card.getByRole('button', { name: 'Add rate' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: /cost rate .* saved/ })).toBeVisible();
  }

  /** "Week starts on", chosen as a person would (the sweep runs whole suites with other week starts). */
  async setWeekStart(day: number): Promise<void> {
    await this.open();
    await this.page.getByLabel('Week starts on').selectOption({ label: WEEKDAY_NAMES[day] });
    await this.save();
    const saved = this.page.getByRole('status').filter({ hasText: 'Settings saved' });
    await expect(saved).toBeVisible();
    // Its toast is not the test's: gone, it cannot stand beside the ones a test dismisses or reads.
    await saved.getByRole('button', { name: 'Dismiss notification' }).click();
  }
}
