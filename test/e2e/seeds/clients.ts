import type { Page } from '@playwright/test';
import { writeRows } from '../page-models/database';

// A small, fixed agency for the Clients specs and screenshots, written straight into the app's
// IndexedDB (page-models/database.ts). Shapes are those the zod schemas produce.

const figures = (minutes: number, amountMinor: number, lastDay: string) => ({
  minutes,
  billableMinutes: minutes,
  productionMinutes: minutes,
  accountMinutes: 0,
  projectMinutes: 0,
  amountMinor,
  billableAmountMinor: amountMinor,
  expensesMinor: 0,
  billableExpensesMinor: 0,
  entryCount: Math.ceil(minutes / 90),
  expenseCount: 0,
  // version 4's figures: nothing of the seed is invoiced or has a cost
  invoicedAmountMinor: 0,
  invoicedExpensesMinor: 0,
  costMinor: 0,
  costedEntryCount: 0,
  firstDay: '2025-11-03',
  lastDay,
});

const client = (id: string, name: string, currency: string, owner: string, extra: object = {}) => ({
  id,
  name,
  currency,
  owner,
  notes: '',
  contacts: [],
  checkIns: [],
  opportunities: [],
  archived: false,
  ...extra,
});

const project = (id: string, clientId: string, name: string, code: string, status: string, billing: string) => ({
  id,
  clientId,
  name,
  code,
  status,
  billing,
  milestones: [],
  scopeItems: [],
  changeRequests: [],
  archived: false,
});

export const NORTHWIND_ID = 'c-northwind';

export const SEED = {
  clients: [
    client(NORTHWIND_ID, 'Northwind Traders', 'EUR', 'Alex', {
      notes: 'Decisions go through Maria; legal reviews every change request. Prefers a call on Tuesdays.',
      contacts: [
        {
          id: 'k1',
          name: 'Maria Anders',
          email: 'maria@northwind.test',
          role: 'Head of Marketing',
          primary: true,
          billing: false,
        },
        { id: 'k2', name: 'Thomas Hardy', email: 'billing@northwind.test', role: 'Finance', primary: false, billing: true },
        { id: 'k3', name: 'Ana Trujillo', email: '', role: 'Product owner', primary: false, billing: false },
      ],
      checkIns: [
        { id: 's1', date: '2026-01-14', score: 3, note: 'Launch slipped a week; they were understanding.' },
        { id: 's2', date: '2026-02-11', score: 4, note: 'Good feedback on the new checkout.' },
        { id: 's3', date: '2026-03-04', score: 5, note: 'Asked for a retainer proposal.' },
      ],
      opportunities: [
        { id: 'o1', title: 'Support retainer 2026', value: 2_400_000, probability: 60, expectedMonth: '2026-05' },
        { id: 'o2', title: 'Mobile app discovery', value: 850_000, probability: 25, expectedMonth: '2026-07' },
      ],
    }),
    client('c-globex', 'Globex Corporation', 'USD', 'Alex', {
      contacts: [{ id: 'k4', name: 'Hank Scorpio', email: 'hank@globex.test', role: 'CEO', primary: true, billing: true }],
    }),
    client('c-initech', 'Initech', 'EUR', 'Jo', { archived: true }),
    client('c-umbrella', 'Umbrella Health', 'GBP', 'Jo'),
  ],
  projects: [
    project('p-web', NORTHWIND_ID, 'Website relaunch', 'NWWEB', 'active', 'fixed_fee'),
    {
      ...project('p-seo', NORTHWIND_ID, 'SEO retainer', 'NWSEO', 'on_hold', 'retainer'),
      retainer: { allowanceMinutesPerMonth: 1200, rollover: false, cycleStartDay: 1 },
    },
    project('p-brand', NORTHWIND_ID, 'Brand refresh', 'NWBRD', 'done', 'time_and_materials'),
    project('p-ads', 'c-globex', 'Paid social', 'GXADS', 'active', 'time_and_materials'),
  ],
  projectTotals: [
    { projectId: 'p-web', currency: 'EUR', ...figures(7_410, 1_482_000, '2026-03-05') },
    { projectId: 'p-seo', currency: 'EUR', ...figures(1_830, 329_400, '2026-02-20') },
    { projectId: 'p-brand', currency: 'EUR', ...figures(2_400, 480_000, '2025-12-12') },
    { projectId: 'p-ads', currency: 'USD', ...figures(960, 144_000, '2026-03-02') },
  ],
};

/** Writes SEED into the database the app has already opened, then reloads so the views read it. */
export async function seedClients(page: Page): Promise<void> {
  await writeRows(page, SEED);
  await page.reload();
}
