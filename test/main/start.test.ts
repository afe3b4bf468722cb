import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, invoke, ipcMain, protocol, resetFakeElectron, session } from './fake-electron';
import { closeMainLog } from '../../src/main/services/log/main-log';
import { startApp } from '../../src/main/start';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFakeElectron);
afterEach(async () => {
  vi.unstubAllEnvs();
  // Nothing a later test does may land in the fake user-data folder's log.
  await closeMainLog();
});

async function start(): Promise<void> {
  startApp();
  await app.readyPromise;
  await Promise.resolve(); // let the whenReady().then callback run
}

describe('startApp', () => {
  it('once ready: denies permissions, serves app://, registers IPC, sets the menu, opens the window', async () => {
    await start();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...ipcMain.handlers.keys()]).toEqual([
      'app:get-info',
      'backups:list',
      'backups:write',
      'backups:read',
      'files:open',
      'files:save',
      'backups:open-folder',
      'reports:export-pdf',
      'notifications:show',
      'calendar-feeds:list',
      'calendar-feeds:add',
      'calendar-feeds:remove',
      'calendar-feeds:refresh',
      'calendar-feeds:read',
      'sync:set-credentials',
      'sync:read-credentials',
      'sync:forget-credentials',
      'sync:request',
    ]);
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://tandem/index.html');
  });

  it('focuses and restores the existing window when a second instance starts', async () => {
    await start();
    const window = BrowserWindow.instances[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    app.fire('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('opens a new window for a second launch when none is open (macOS)', async () => {
    await start();
    BrowserWindow.instances[0]?.fire('closed');
    app.fire('second-instance');
    expect(BrowserWindow.instances).toHaveLength(2);
  });

  it('ignores ELECTRON_RENDERER_URL in the packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await start();
    expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://tandem/index.html');
  });

  it('hardens web contents created before ready', async () => {
    await start();
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(app.listenerCount('session-created')).toBe(1);
  });

  it('opens the error log in the user-data folder first, watches for failures, and tells app info where it is', async () => {
    await start();
    expect(await invoke('app:get-info', 'app://tandem/index.html')).toMatchObject({
      ok: true,
      value: { logFile: join('/home/user/.config/Tandem', 'logs', 'main.log') },
    });
    expect(process.listenerCount('uncaughtExceptionMonitor')).toBeGreaterThan(0);
    expect(app.listenerCount('render-process-gone')).toBe(1);
  });
});
