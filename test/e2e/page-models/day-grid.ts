import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { chooseFile, screenReady } from './helpers';

// Today and the Planner draw the same day grid: 15-minute slots, blocks that are buttons (or, from a
// calendar feed, read-only articles), the New block dialog, and mouse drags.

export interface Point {
  x: number;
  y: number;
}

/** The centre of a locator's box, optionally shifted. */
export async function pointIn(locator: Locator, dy = 0, dx = 0): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element is not visible');
  return { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy };
}

/** A mouse drag in small steps, as a person does it (dnd-kit starts after a few pixels). */
export async function drag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 6, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

export interface NewBlock {
  kind: string;
  title: string;
  start?: string;
  end?: string;
}

abstract class DayGridPage {
  constructor(
    readonly page: Page,
    private readonly screen: 'today' | 'planner',
  ) {}

  /** The grid's one tab stop. */
  get tabStop(): Locator {
    return this.page.locator('[role="gridcell"][tabindex="0"]');
  }

  get newBlockDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'New block' });
  }

  /** `day`: the day (Today) or a day of the week (Planner) in the route; today by default. */
  async open(day?: string): Promise<void> {
    await this.page.goto(day ? `/#/${this.screen}/${day}` : `/#/${this.screen}`);
    await screenReady(this.page, this.screen);
  }

  /** open() in a window tall enough for the whole working day: drags never reach the edge where the page scrolls. */
  async openTall(day?: string): Promise<void> {
    await this.page.setViewportSize({ width: 1360, height: 1100 });
    await this.open(day);
  }

  /** A slot of the grid by its time ('15:00') on a day ('Tuesday, December 1'). */
  slot(dayName: string, time: string): Locator {
    return this.page.getByRole('gridcell', { name: new RegExp(`^${dayName}, ${time}`) });
  }

  /** A block of the plan by its name (exactly, for a string). */
  block(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The New block dialog, filled and sent with Enter from the title or the times. */
  async fillNewBlock({ kind, title, start, end }: NewBlock): Promise<void> {
    const dialog = this.newBlockDialog;
    await dialog.getByLabel('Kind').selectOption({ label: kind });
    await dialog.getByLabel('Title').fill(title);
    if (start !== undefined) await dialog.getByLabel('Start').fill(start);
    if (end !== undefined) await dialog.getByLabel('End').fill(end);
  }

  /** Adds a block as a person would from the keyboard: focus the grid's tab stop, N, fill the dialog, Enter. */
  async addBlockFromKeyboard(block: NewBlock): Promise<void> {
    await this.tabStop.focus();
    await this.page.keyboard.press('n');
    await expect(this.newBlockDialog.getByLabel('Kind')).toBeFocused();
    await this.fillNewBlock(block);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }

  /** Draws a block from one slot to another of `dayName` with the mouse and saves it from the dialog. */
  async drawBlock(dayName: string, from: string, to: string, block: NewBlock): Promise<void> {
    await drag(this.page, await pointIn(this.slot(dayName, from)), await pointIn(this.slot(dayName, to)));
    await this.fillNewBlock(block);
    await this.newBlockDialog.getByRole('button', { name: 'Add block' }).click();
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }
}

export class TodayPage extends DayGridPage {
  constructor(page: Page) {
    super(page, 'today');
  }

  /** The day shown, under the heading. */
  get subtitle(): Locator {
    return this.page.locator('[data-screen="today"] .screen-subtitle');
  }
}

export class PlannerPage extends DayGridPage {
  constructor(page: Page) {
    super(page, 'planner');
  }

  /** The shown week's dates, between the week buttons. */
  get weekLabel(): Locator {
    return this.page.locator('.stepper-label');
  }

  /** A day's column ('Monday, November 30'). */
  column(dayName: string): Locator {
    return this.page.getByRole('group', { name: `Blocks on ${dayName}` });
  }

  /** The stored id of the first block named `name` in a day's column. */
  async blockId(dayName: string, name: RegExp): Promise<string> {
    const id = await this.column(dayName)
      .locator('.dg-block', { has: this.page.getByRole('button', { name }) })
      .first()
      .getAttribute('data-block-id');
    if (!id) throw new Error(`no block ${name} on ${dayName}`);
    return id;
  }

  /** Import .ics with a file of this name and text. */
  async importIcs(name: string, text: string): Promise<void> {
    await chooseFile(this.page, 'Import .ics', { name, mimeType: 'text/calendar', buffer: Buffer.from(text, 'utf8') });
  }

  /** Export week (.ics): the download. */
  async exportWeek(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export week (.ics)' }).click();
    return download;
  }
}
