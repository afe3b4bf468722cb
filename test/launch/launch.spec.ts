import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { screenReady } from '../e2e/page-models/helpers';
import { SettingsPage } from '../e2e/page-models/settings-page';
import { findElectronBinary } from './electron-binary';

// The built app (npm run build) in the real Electron binary, on a throwaway user-data folder: the
// check a contributor runs on a normal machine. Everything else tests main under a fake `electron`.

const binary = findElectronBinary();
test.skip(!binary.found, binary.found ? '' : binary.reason);

const APP_ROOT = join(import.meta.dirname, '../..');
const SAMPLE_CLIENT = 'Alder & Finch Outdoor';

async function launch(userData: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (!binary.found) throw new Error(binary.reason);
  const app = await electron.launch({
    executablePath: binary.path,
    args: [APP_ROOT, `--user-data-dir=${userData}`],
    // Linux reads the config folder from here; the assertion below checks that main really uses userData.
    env: { ...process.env, XDG_CONFIG_HOME: userData },
  });
  const page = await app.firstWindow();
  return { app, page };
}

/** A screen through the application menu's Go submenu, as a shortcut would reach it. */
async function goTo(app: ElectronApplication, label: string): Promise<void> {
  await app.evaluate(({ Menu }, wanted) => {
    const go = Menu.getApplicationMenu()?.items.find((item) => item.label === 'Go');
    const item = go?.submenu?.items.find((entry) => entry.label === wanted);
    if (!item) throw new Error(`No Go › ${wanted} menu item`);
    item.click();
  }, label);
}

test('the built app launches, backs up, exports a PDF, answers its menu and keeps its data', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'tandem-launch-'));
  try {
    let { app, page } = await launch(userData);
    expect(page.url()).toMatch(/^app:\/\/tandem\//);
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toContain(userData);
    const info = await page.evaluate(() => window.tandem?.getAppInfo());
    expect(info?.version).toMatch(/^\d+\.\d+\.\d+/);

    // A menu command reaches the renderer.
    await goTo(app, 'Settings');
    await screenReady(page, 'settings');
    await new SettingsPage(page).loadSample({ timeout: 60_000 });

    // A backup is written to the user-data folder and read back.
    await goTo(app, 'Data & backups');
    await screenReady(page, 'backups');
    const before = (await page.evaluate(async () => (await window.tandem?.listBackups())?.length)) ?? 0;
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => page.evaluate(async () => (await window.tandem?.listBackups())?.length)).toBe(before + 1);
    const newest = await page.evaluate(async () => (await window.tandem?.listBackups())?.at(0));
    if (!newest) throw new Error('no backup listed');
    const onDisk = readdirSync(join(userData, 'backups')).find((name) => name === newest.id);
    expect(onDisk).toBe(newest.id);
    const readBack = await page.evaluate(async (id) => (await window.tandem?.readBackup(id))?.byteLength, newest.id);
    expect(readBack).toBe(statSync(join(userData, 'backups', newest.id)).size);

    // A status report is printed by main to a PDF that pdftotext reads.
    const pdf = join(userData, 'report.pdf');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, pdf);
    await goTo(app, 'Reports');
    await screenReady(page, 'reports');
    await page.getByLabel('Client').selectOption({ label: SAMPLE_CLIENT });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect.poll(() => readdirSync(userData).includes('report.pdf'), { timeout: 60_000 }).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Status report');
    expect(text).toContain(SAMPLE_CLIENT);

    // Quit and launch again: the data is still there.
    await app.close();
    ({ app, page } = await launch(userData));
    await goTo(app, 'Clients');
    await screenReady(page, 'clients');
    await expect(page.getByRole('link', { name: SAMPLE_CLIENT }).first()).toBeVisible();
    await app.close();
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
});
