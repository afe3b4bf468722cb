import type { Page } from '@playwright/test';
import { writeRows } from '../page-models/database';
import { NORTHWIND_ID, SEED } from './clients';

// The Clients seed (seeds/clients.ts) plus, for the Invoices specs at PINNED_MOMENT (1 December 2026):
// - Umbrella Health (GBP) gets Care portal (time and materials, £90.00/h) and Pitch deck
//   (non-billable); the spec logs their time and expenses through the screens, so rollups and rate
//   snapshots are the app's own;
// - two sent invoices to age, billing nothing of the seed's work: Northwind 2026-0001, due
//   2026-10-01 (61 days overdue: 61–90), €1,200.00; Globex 2026-0002, due 2026-11-14 (17 days
//   overdue: 1–30), $800.00.

export const CARE_PORTAL_ID = 'p-care';
export const UMBRELLA = 'Umbrella Health';

const project = (id: string, name: string, code: string, billing: string, extra: object = {}) => ({
  id,
  clientId: 'c-umbrella',
  name,
  code,
  status: 'active',
  billing,
  milestones: [],
  scopeItems: [],
  changeRequests: [],
  archived: false,
  ...extra,
});

const sentInvoice = (
  id: string,
  clientId: string,
  number: string,
  currency: string,
  issueDate: string,
  dueDate: string,
  amount: number,
) => ({
  id,
  clientId,
  number,
  status: 'sent',
  issueDate,
  dueDate,
  sentAt: `${issueDate}T09:00:00.000Z`,
  poNumber: '',
  notes: '',
  currency,
  discountBasisPoints: 0,
  lines: [
    {
      id: `${id}-1`,
      description: 'Consulting',
      unit: 'units',
      quantity: 1000,
      unitPrice: amount,
      taxes: [],
      timeEntryIds: [],
      expenseIds: [],
    },
  ],
});

export const INVOICES_SEED = {
  ...SEED,
  projects: [
    ...SEED.projects,
    project(CARE_PORTAL_ID, 'Care portal', 'UMCP', 'time_and_materials', { defaultRate: 9_000 }),
    project('p-pitch', 'Pitch deck', 'UMPD', 'non_billable'),
  ],
  invoices: [
    sentInvoice('i-nw', NORTHWIND_ID, '2026-0001', 'EUR', '2026-09-01', '2026-10-01', 120_000),
    sentInvoice('i-gx', 'c-globex', '2026-0002', 'USD', '2026-10-15', '2026-11-14', 80_000),
  ],
};

/** Writes INVOICES_SEED into the database the app has already opened, then reloads so the views read it. */
export async function seedInvoices(page: Page): Promise<void> {
  await writeRows(page, INVOICES_SEED);
  await page.reload();
}
