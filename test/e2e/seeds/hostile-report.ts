import type { Page } from '@playwright/test';
import { testDay } from '../../support/test-clock';
import { type Rows, writeRows } from '../page-models/database';

// A client whose every text a report prints is an attack, written straight into the app's IndexedDB
// (page-models/database.ts). Shapes are those the zod schemas produce.

export const HOSTILE = {
  client: '<img src=x onerror=alert(1)>',
  project: '</style><script>alert(2)</script>',
  milestone: '"><svg onload=alert(3)>',
  change: "<iframe src='javascript:alert(4)'>",
  task: '<b onmouseover=alert(5)>Approve</b>',
  taskNotes: '</title><script>alert(6)</script> & more',
  entryNote: '<style>body{display:none}</style>',
  agency: '<script>alert(7)</script>',
} as const;

const CLIENT_ID = 'c-hostile';
const PROJECT_ID = 'p-hostile';

function hostileRows(): Rows {
  return {
    clients: [
      {
        id: CLIENT_ID,
        name: HOSTILE.client,
        currency: 'EUR',
        owner: '',
        notes: HOSTILE.taskNotes,
        contacts: [],
        checkIns: [],
        opportunities: [],
        archived: false,
      },
    ],
    projects: [
      {
        id: PROJECT_ID,
        clientId: CLIENT_ID,
        name: HOSTILE.project,
        code: 'XSS',
        status: 'active',
        billing: 'time_and_materials',
        budgetMinutes: 600,
        startDay: testDay(-20),
        endDay: testDay(20),
        milestones: [{ id: 'm-hostile', name: HOSTILE.milestone, due: testDay(5) }],
        scopeItems: [],
        changeRequests: [
          {
            id: 'r-hostile',
            title: HOSTILE.change,
            estimateMinutes: 120,
            amount: 24_000,
            status: 'estimated',
            askedAt: testDay(-3),
          },
        ],
        archived: false,
      },
    ],
    tasks: [
      {
        id: 't-hostile',
        title: HOSTILE.task,
        notes: HOSTILE.taskNotes,
        projectId: PROJECT_ID,
        hat: 'account',
        status: 'waiting',
        assignee: 'me',
        order: 1,
      },
    ],
    timeEntries: [
      {
        id: 'e-hostile',
        projectId: PROJECT_ID,
        startedAt: `${testDay(-1)}T09:00:00.000Z`,
        day: testDay(-1),
        minutes: 90,
        hat: 'production',
        billable: true,
        rateSnapshot: 12_000,
        currency: 'EUR',
        note: HOSTILE.entryNote,
        source: { kind: 'manual' },
      },
    ],
  };
}

/** A small vector logo, as Settings stores one: a base64 image data: URL. */
export const LOGO =
  'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIzMiIgaGVpZ2h0PSIzMiIgdmlld0JveD0iMCAwIDMyIDMyIj48cmVjdCB3aWR0aD0iMzIiIGhlaWdodD0iMzIiIHJ4PSI3IiBmaWxsPSIjMmY1ZmQwIi8+PHBhdGggZD0iTTcgMjMgTDE2IDggTDI1IDIzIFoiIGZpbGw9IiNmZmYiLz48Y2lyY2xlIGN4PSIxNiIgY3k9IjE5IiByPSIzIiBmaWxsPSIjMmY1ZmQwIi8+PC9zdmc+';

/** The hostile client and its project, task and entry; a logo that is not a base64 image. */
export async function seedHostileClient(page: Page): Promise<void> {
  await writeRows(page, hostileRows(), { logo: 'data:image/svg+xml,<svg onload=alert(8)>' });
}
