import type { Page } from '@playwright/test';
import { screenReady } from './helpers';
import { SettingsPage } from './settings-page';

/** The app shell around every screen: routes, the sidebar, the sample agency. */
export class App {
  /**
   * `weekStart`: the week start set in Settings after Load sample agency (null: the sample's own,
   * Monday); the `weekStart` fixture passes the run's.
   */
  constructor(
    readonly page: Page,
    private readonly weekStart: number | null = null,
  ) {}

  get sidebar() {
    return this.page.getByRole('navigation', { name: 'Screens' });
  }

  /** Goes to `route` ('clients/c-1') and waits for the screen `screen` (by default the route's first part) to be ready. */
  async open(route: string, screen = route.split('/')[0] ?? route): Promise<void> {
    await this.page.goto(`/#/${route}`);
    await screenReady(this.page, screen);
  }

  /** Clicks the sidebar's link `name` and waits for the screen `screen`. */
  async viaSidebar(name: string | RegExp, screen: string): Promise<void> {
    await this.sidebar.getByRole('link', { name }).click();
    await screenReady(this.page, screen);
  }

  /**
   * Fills a fresh browser's database with the seeded sample agency through Settings, then sets the
   * run's week start on top of the sample's own settings. Leaves Settings open.
   */
  async loadSampleAgency(): Promise<void> {
    const settings = new SettingsPage(this.page);
    await settings.open();
    await settings.loadSample();
    if (this.weekStart !== null) await settings.setWeekStart(this.weekStart);
  }
}
