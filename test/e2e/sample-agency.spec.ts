import { SCREENS } from '../../src/shared/screens';
import { PINNED_MOMENT, SCREENSHOT_DIR, expect, test } from './page-models';

// On a working-day morning: at 00:01 on a Monday, or on a Sunday in weeks from Sunday, this week has
// rightly nothing logged yet, and the Time screen says so.
test.use(PINNED_MOMENT);

test('Load sample agency fills every screen: none shows an empty state', async ({ page, consoleErrors, app }) => {
  await app.loadSampleAgency();
  for (const screen of SCREENS) {
    await app.open(screen.id);
    const section = page.locator(`[data-screen="${screen.id}"]`);
    await expect(section.locator('.empty-state'), `${screen.label} shows an empty state`).toHaveCount(0);
    await expect(section).not.toHaveText(/^\s*$/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/sample-${screen.id}.png` });
  }
  expect(consoleErrors).toEqual([]);
});
