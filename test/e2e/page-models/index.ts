// The one entry point of the end-to-end specs: the test with its fixtures (the clock, console errors,
// the page models), the shared helpers, the database reader and writer, and the desktop shell's stub.
// Page models follow Actual Budget's e2e/page-models: one class per screen holding the locators and
// actions specs repeat; assertions stay in the specs.

export { App } from './app';
export { BackupsPage } from './backups-page';
export { BudgetsPage } from './budgets-page';
export { ClientsPage } from './clients-page';
export * from './database';
export { PlannerPage, TodayPage, drag, pointIn, type NewBlock } from './day-grid';
export * from './desktop-shell';
export { expect, test } from './fixtures';
export { HealthCheckPage } from './health-check-page';
export * from './helpers';
export { InvoicesPage } from './invoices-page';
export { ProjectsPage, type NewProject } from './projects-page';
export { ReportsPage } from './reports-page';
export { SettingsPage } from './settings-page';
export { SwitchingPage } from './switching-page';
export { TasksPage } from './tasks-page';
export { TimePage, type LoggedTime } from './time-page';
export { UpdatesPage } from './updates-page';
