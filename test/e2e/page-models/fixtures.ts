import { test as base, expect } from '@playwright/test';
import { TEST_NOW, TEST_WEEK_START } from '../../support/test-clock';
import { App } from './app';
import { BackupsPage } from './backups-page';
import { BudgetsPage } from './budgets-page';
import { ClientsPage } from './clients-page';
import { PlannerPage, TodayPage } from './day-grid';
import { HealthCheckPage } from './health-check-page';
import { InvoicesPage } from './invoices-page';
import { ProjectsPage } from './projects-page';
import { ReportsPage } from './reports-page';
import { SettingsPage } from './settings-page';
import { SwitchingPage } from './switching-page';
import { TasksPage } from './tasks-page';
import { TimePage } from './time-page';
import { UpdatesPage } from './updates-page';

// Playwright's clock injects a script into every frame; a frame sandboxed without scripts (the report
// preview) blocks it and Chromium logs that as an error. It says nothing about the app.
const CLOCK_BLOCKED_IN_SANDBOX = /^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/;

export interface PageModels {
  app: App;
  backupsPage: BackupsPage;
  budgetsPage: BudgetsPage;
  clientsPage: ClientsPage;
  healthCheckPage: HealthCheckPage;
  invoicesPage: InvoicesPage;
  plannerPage: PlannerPage;
  projectsPage: ProjectsPage;
  reportsPage: ReportsPage;
  settingsPage: SettingsPage;
  switchingPage: SwitchingPage;
  tasksPage: TasksPage;
  timePage: TimePage;
  todayPage: TodayPage;
  updatesPage: UpdatesPage;
}

/**
 * Every page starts at the test clock's instant (`pinnedNow`) in its zone (the config's
 * `timezoneId`); a test about one moment sets both with `test.use({ pinnedNow, timezoneId })`.
 * `weekStart` (the run's TANDEM_TEST_WEEK_START by default) is set in Settings after the app's Load
 * sample agency; a test whose expectations name weekdays sets it to null.
 * Fails the test on any console error or uncaught page error.
 * The page models come as fixtures on the same page: `async ({ app, todayPage }) => …`.
 */
export const test = base.extend<{ consoleErrors: string[]; pinnedNow: string; weekStart: number | null } & PageModels>({
  pinnedNow: [TEST_NOW, { option: true }],
  weekStart: [TEST_WEEK_START ?? null, { option: true }],
  page: async ({ page, pinnedNow }, use) => {
    await page.clock.install({ time: new Date(pinnedNow) });
    await use(page);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !CLOCK_BLOCKED_IN_SANDBOX.test(message.text())) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
  app: async ({ page, weekStart }, use) => use(new App(page, weekStart)),
  backupsPage: async ({ page }, use) => use(new BackupsPage(page)),
  budgetsPage: async ({ page }, use) => use(new BudgetsPage(page)),
  clientsPage: async ({ page }, use) => use(new ClientsPage(page)),
  healthCheckPage: async ({ page }, use) => use(new HealthCheckPage(page)),
  invoicesPage: async ({ page }, use) => use(new InvoicesPage(page)),
  plannerPage: async ({ page }, use) => use(new PlannerPage(page)),
  projectsPage: async ({ page }, use) => use(new ProjectsPage(page)),
  reportsPage: async ({ page }, use) => use(new ReportsPage(page)),
  settingsPage: async ({ page }, use) => use(new SettingsPage(page)),
  switchingPage: async ({ page }, use) => use(new SwitchingPage(page)),
  tasksPage: async ({ page }, use) => use(new TasksPage(page)),
  timePage: async ({ page }, use) => use(new TimePage(page)),
  todayPage: async ({ page }, use) => use(new TodayPage(page)),
  updatesPage: async ({ page }, use) => use(new UpdatesPage(page)),
});
export { expect };
