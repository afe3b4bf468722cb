import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronBrowserWindow } from 'electron';
import { BrowserWindow, asElectron, resetFakeElectron } from '../fake-electron';
import { createMainWindow, focusWindow } from '../../../src/main/windows/main-window';

vi.mock('electron', () => import('../fake-electron'));

const APP_PATH = join('/opt', 'tandem', 'resources', 'app.asar');
// No saved state in this folder, so the window opens at the default size.
const USER_DATA = join('/nonexistent', 'tandem-user-data');

beforeEach(resetFakeElectron);

describe('createMainWindow', () => {
  it('loads the fixed app origin with the CommonJS preload in production', () => {
    const window = asElectron<BrowserWindow>(
      createMainWindow({ appPath: APP_PATH, userDataPath: USER_DATA, devServerUrl: undefined }),
    );

    expect(window.loadURL).toHaveBeenCalledWith('app://tandem/index.html');
    expect(window.options.webPreferences).toMatchObject({
      preload: join(APP_PATH, 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
    });
    expect(window.options).toMatchObject({ width: 1280, height: 820, show: false });
  });

  it('loads the dev server in development', () => {
    const window = asElectron<BrowserWindow>(
      createMainWindow({ appPath: APP_PATH, userDataPath: USER_DATA, devServerUrl: 'http://localhost:5173' }),
    );
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('shows the window once it has painted', () => {
    const window = asElectron<BrowserWindow>(
      createMainWindow({ appPath: APP_PATH, userDataPath: USER_DATA, devServerUrl: undefined }),
    );
    expect(window.show).not.toHaveBeenCalled();
    window.fire('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });
});

describe('focusWindow', () => {
  it('restores a minimised window and brings it forward', () => {
    const window = new BrowserWindow({});
    window.minimized = true;
    focusWindow(asElectron<ElectronBrowserWindow>(window));
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
