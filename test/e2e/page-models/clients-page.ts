import { expect, type Locator, type Page } from '@playwright/test';
import { runCommand, screenReady } from './helpers';

/** Clients: the list, a client's page and the New client dialog. */
export class ClientsPage {
  constructor(readonly page: Page) {}

  get newClientDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'New client' });
  }

  /** On a client's page. */
  get contacts(): Locator {
    return this.page.getByRole('region', { name: 'Contacts' });
  }

  row(name: string | RegExp): Locator {
    return this.page.getByRole('row', { name });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/clients');
    await screenReady(this.page, 'clients');
  }

  /** From the open list: the client's page. */
  async openClient(name: string | RegExp): Promise<void> {
    await this.row(name).click();
    await screenReady(this.page, 'client-detail');
  }

  /** The New client dialog opened from the command palette, the keyboard way, its name focused. */
  async newClientFromPalette(): Promise<Locator> {
    await runCommand(this.page, 'new client');
    await expect(this.newClientDialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
    return this.newClientDialog;
  }

  /** Creates a client with this name (and the dialog's defaults) through the New client dialog. */
  async createClient(name: string): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'New client' }).first().click();
    await this.newClientDialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await this.newClientDialog.getByRole('button', { name: 'Create client' }).click();
    await expect(this.newClientDialog).toHaveCount(0);
  }
}
