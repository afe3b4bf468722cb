import { expect, type Locator, type Page } from '@playwright/test';
import { fillFields, screenReady } from './helpers';

export interface NewProject {
  /** the client's name as the list offers it */
  client: string;
  name: string;
  code: string;
  hours?: string;
  /** the status's label ('Active'); the dialog's default otherwise */
  status?: string;
}

/** Projects: the list, a project's page and its dialogs. */
export class ProjectsPage {
  constructor(readonly page: Page) {}

  get newProjectDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'New project' });
  }

  row(name: string | RegExp): Locator {
    return this.page.getByRole('row', { name });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/projects');
    await screenReady(this.page, 'projects');
  }

  /** A project's page by its id. */
  async openProject(id: string): Promise<void> {
    await this.page.goto(`/#/projects/${id}`);
    await screenReady(this.page, 'project-detail');
  }

  /** On the open list: creates the project through the New project dialog (Tandem then opens its page). */
  async createProject({ client, name, code, hours, status }: NewProject): Promise<void> {
    await this.page.getByRole('button', { name: 'New project' }).first().click();
    const dialog = this.newProjectDialog;
    await dialog.getByLabel('Client').selectOption({ label: client });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Code').fill(code);
    if (hours !== undefined) await dialog.getByLabel('Budget hours').fill(hours);
    if (status !== undefined) await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: status });
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect(dialog).toHaveCount(0);
  }

  /** On a project's page: the button `open` opens a dialog of the same name, filled with `fields` and sent with `submit`. */
  async addThroughDialog(open: string, fields: Record<string, string>, submit = open): Promise<void> {
    await this.page.getByRole('button', { name: open, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: open });
    await fillFields(dialog, fields);
    await dialog.getByRole('button', { name: submit, exact: true }).click();
    await expect(dialog).toHaveCount(0);
  }
}
