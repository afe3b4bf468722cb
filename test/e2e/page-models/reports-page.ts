import type { FrameLocator, Page } from '@playwright/test';
import { screenReady } from './helpers';

/** Reports: the options and the preview, which is exactly what Export PDF prints. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  get preview(): FrameLocator {
    return this.page.frameLocator('iframe[title="Report preview"]');
  }

  async open(): Promise<void> {
    await this.page.goto('/#/reports');
    await screenReady(this.page, 'reports');
  }

  /** The report HTML the preview shows. */
  async previewHtml(): Promise<string> {
    const html = await this.page.getByTitle('Report preview').getAttribute('srcdoc');
    if (!html) throw new Error('the preview has no report');
    return html;
  }
}
