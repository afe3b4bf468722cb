import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke, ipcMain, resetFakeElectron } from '../fake-electron';
import { registerAppInfoHandlers } from '../../../src/main/ipc/app-info';

vi.mock('electron', () => import('../fake-electron'));

const APP_URL = 'app://tandem/index.html';
const LOG_FILE = '/home/user/.config/Tandem/logs/main.log';

beforeEach(() => {
  resetFakeElectron();
  registerAppInfoHandlers(LOG_FILE);
});

describe('app info handlers', () => {
  it('answers getAppInfo as the desktop shell, with where the error log is', async () => {
    expect(await invoke('app:get-info', APP_URL)).toEqual({
      ok: true,
      value: { name: 'Tandem', version: '0.1.0', platform: process.platform, shell: 'desktop', logFile: LOG_FILE },
    });
  });

  it('refuses a payload on getAppInfo', async () => {
    expect(await invoke('app:get-info', APP_URL, { evil: true })).toMatchObject({ ok: false });
  });

  it('offers the page no way to open URLs: links go through the window-open handler only', () => {
    expect([...ipcMain.handlers.keys()]).toEqual(['app:get-info']);
    expect(ipcMain.handlers.has('app:open-external')).toBe(false);
  });
});
