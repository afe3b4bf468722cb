import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronBrowserWindow } from 'electron';
import { BrowserWindow, asElectron, dialog, resetFakeElectron } from '../fake-electron';
import { createReloadBudget, installCrashRecovery } from '../../../src/main/windows/crash-recovery';

vi.mock('electron', () => import('../fake-electron'));

let now = 0;
let window: BrowserWindow;

function crash(reason = 'crashed'): void {
  window.webContents.fire('render-process-gone', {}, { reason, exitCode: 1 });
}

beforeEach(() => {
  resetFakeElectron();
  now = 0;
  window = new BrowserWindow({});
  installCrashRecovery(asElectron<ElectronBrowserWindow>(window), () => now);
});

describe('crash recovery', () => {
  it('reloads a crashed renderer and tells the user', () => {
    crash('oom');
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ message: 'Tandem stopped unexpectedly and was reloaded.' }),
    );
  });

  it('does nothing for a clean exit or a destroyed window', () => {
    crash('clean-exit');
    window.destroyed = true;
    crash('crashed');
    expect(window.webContents.reload).not.toHaveBeenCalled();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('stops reloading a renderer that keeps crashing, and says so', () => {
    for (let i = 0; i < 4; i += 1) {
      now += 1_000;
      crash();
    }
    expect(window.webContents.reload).toHaveBeenCalledTimes(3);
    expect(dialog.showMessageBox).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({ message: 'Tandem keeps stopping unexpectedly.' }),
    );
  });
});

describe('createReloadBudget', () => {
  it('allows a few reloads per window of time, then recovers once they age out', () => {
    const mayReload = createReloadBudget(2, 10_000);
    expect([mayReload(0), mayReload(1_000), mayReload(2_000)]).toEqual([true, true, false]);
    expect(mayReload(11_500)).toBe(true);
  });
});
