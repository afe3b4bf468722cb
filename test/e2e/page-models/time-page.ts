import { expect, type Locator, type Page } from '@playwright/test';
import { screenReady } from './helpers';

export interface LoggedTime {
  /** an option's label ('ACME · Website') or its index in the list */
  project: string | number;
  duration: string;
  note?: string;
  start?: string;
}

/** Time: the entries, the Log time dialog and the timer in the shell's header. */
export class TimePage {
  constructor(readonly page: Page) {}

  get entries(): Locator {
    return this.page.getByRole('table', { name: 'Time entries by day' });
  }

  get logDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Log time' });
  }

  get timer(): Locator {
    return this.page.getByRole('group', { name: 'Timer' });
  }

  /** `route`: 'week/2024-03-04' or 'day/…'; this week by default. */
  async open(route = ''): Promise<void> {
    await this.page.goto(route ? `/#/time/${route}` : '/#/time');
    await screenReady(this.page, 'time');
  }

  /** On the open Time screen: saves one entry through Log time (no start: after the day's last entry). Returns the project's label. */
  async logTime({ project, duration, note, start }: LoggedTime): Promise<string> {
    await this.page.getByRole('button', { name: 'Log time' }).click();
    const dialog = this.logDialog;
    const select = dialog.getByLabel('Project', { exact: true });
    await select.selectOption(typeof project === 'number' ? { index: project } : { label: project });
    const label = (await select.locator('option:checked').textContent()) ?? '';
    if (start) await dialog.getByLabel('Start', { exact: true }).fill(start);
    await dialog.getByLabel('Duration', { exact: true }).fill(duration);
    if (note !== undefined) await dialog.getByLabel('Note').fill(note);
    await dialog.getByRole('button', { name: 'Save entry' }).click();
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
    return label;
  }
}
