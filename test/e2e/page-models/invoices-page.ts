import { expect, type Locator, type Page } from '@playwright/test';
import { screenReady } from './helpers';

/** Invoices: the list with the receivables' ageing, the New invoice dialog and an invoice's page. */
export class InvoicesPage {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('table', { name: 'Invoices' });
  }

  get ageing(): Locator {
    return this.page.getByRole('region', { name: 'Receivables by age' });
  }

  get newInvoiceDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'New invoice' });
  }

  get totals(): Locator {
    return this.page.getByRole('table', { name: 'Totals' });
  }

  /** A row of the totals ('Subtotal', 'Total', 'Balance'): its amount cell. */
  total(name: string): Locator {
    return this.totals.getByRole('row', { name: new RegExp(`^${name}\\b`) }).locator('td');
  }

  row(name: string | RegExp): Locator {
    return this.list.getByRole('row', { name });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/invoices');
    await screenReady(this.page, 'invoices');
  }

  /** On the open list: opens New invoice and chooses the client; the dialog then shows the client's projects. */
  async startInvoice(client: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'New invoice' }).first().click();
    const dialog = this.newInvoiceDialog;
    await dialog.getByLabel('Client').selectOption({ label: client });
    await expect(dialog.getByRole('group', { name: 'Projects' })).toBeVisible();
    return dialog;
  }

  /** On an invoice's page: Mark sent on the day the dialog offers (today). */
  async markSent(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mark sent' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Mark sent' });
    await dialog.getByRole('button', { name: 'Mark sent' }).click();
    await expect(dialog).toHaveCount(0);
    await screenReady(this.page, 'invoice');
  }

  /** On a sent invoice's page: records a payment; `amount` empty keeps the balance the dialog offers. */
  async recordPayment(amount?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Record payment' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Record payment' });
    if (amount !== undefined) await dialog.getByLabel(/^Amount/).fill(amount);
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await expect(dialog).toHaveCount(0);
  }
}
