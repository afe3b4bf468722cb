import type { Page } from '@playwright/test';
import { expect, screenReady } from './fixtures';

/** Creates client "Acme" and its active, billable project ACME "Website" through the Clients and Projects screens. */
export async function seedProjectThroughUi(page: Page): Promise<void> {
  await page.goto('/#/clients');
  await screenReady(page, 'clients');
  await page.getByRole('button', { name: 'New client' }).first().click();
  const clientDialog = page.getByRole('dialog', { name: 'New client' });
  await clientDialog.getByRole('textbox', { name: 'Name' }).fill('Acme');
  await clientDialog.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.goto('/#/projects');
  await screenReady(page, 'projects');
  await page.getByRole('button', { name: 'New project' }).first().click();
  const projectDialog = page.getByRole('dialog', { name: 'New project' });
  await projectDialog.getByRole('combobox', { name: 'Client' }).selectOption({ label: 'Acme' });
  await projectDialog.getByRole('textbox', { name: 'Name' }).fill('Website');
  await projectDialog.getByRole('textbox', { name: 'Code' }).fill('ACME');
  await projectDialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Active' });
  await projectDialog.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Opens Log time on the Time screen and saves one entry of `duration` on ACME today. */
export async function logTime(page: Page, duration: string, note: string, start = ''): Promise<void> {
  await page.getByRole('button', { name: 'Log time' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log time' });
  await dialog.getByLabel('Project', { exact: true }).selectOption({ label: 'ACME · Website' });
  if (start) await dialog.getByLabel('Start', { exact: true }).fill(start);
  await dialog.getByLabel('Duration', { exact: true }).fill(duration);
  await dialog.getByLabel('Note').fill(note);
  await dialog.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}
