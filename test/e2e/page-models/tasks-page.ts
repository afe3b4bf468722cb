import { expect, type Locator, type Page } from '@playwright/test';
import { storedRows, type StoredTask } from './database';
import { screenReady } from './helpers';

/** Tasks: the lists, quick add, and what the screen stored. */
export class TasksPage {
  constructor(readonly page: Page) {}

  get quickAdd(): Locator {
    return this.page.getByLabel('Quick add');
  }

  /** `list`: 'inbox' or a project's id. */
  async open(list = 'inbox'): Promise<void> {
    await this.page.goto(`/#/tasks/${list}`);
    await screenReady(this.page, 'tasks');
  }

  /** Tasks of our own at the end of a list (+CODE or +inbox), added through quick add. */
  async addOwnTasks(code: string, titles: readonly string[]): Promise<void> {
    for (const title of titles) {
      await this.quickAdd.fill(`${title} +${code}`);
      await this.quickAdd.press('Enter');
      await expect(this.quickAdd).toHaveValue('');
    }
  }

  async storedTask(title: string): Promise<StoredTask | undefined> {
    return (await storedRows<StoredTask>(this.page, 'tasks')).find((task) => task.title === title);
  }

  /** The stored titles of a project's list, in its order. */
  async listOrder(projectId: string): Promise<string[]> {
    const tasks = (await storedRows<StoredTask>(this.page, 'tasks')).filter((task) => task.projectId === projectId);
    return tasks.sort((a, b) => a.order - b.order).map((task) => task.title);
  }

  async projectByCode(code: string): Promise<{ id: string; name: string }> {
    const project = (await storedRows<{ id: string; code: string; name: string }>(this.page, 'projects')).find(
      (p) => p.code === code,
    );
    if (!project) throw new Error(`No project ${code}`);
    return project;
  }
}
