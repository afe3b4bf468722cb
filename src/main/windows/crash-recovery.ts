import { dialog } from 'electron';
import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';

// A crashed renderer leaves a blank window. Reload it and tell the user, since whatever they were
// typing is gone (saved data is safe in IndexedDB). A renderer that keeps crashing is not reloaded
// forever: after MAX_RELOADS within RELOAD_WINDOW_MS the user is told to restart instead.

export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 60_000;

/** Returns a recorder that says whether a crash at `now` (ms) may still be answered with a reload. */
export function createReloadBudget(max = MAX_RELOADS, windowMs = RELOAD_WINDOW_MS): (now: number) => boolean {
  let recent: number[] = [];
  return (now) => {
    recent = [...recent.filter((time) => now - time < windowMs), now];
    return recent.length <= max;
  };
}

export function installCrashRecovery(window: BrowserWindow, now: () => number = Date.now): void {
  const mayReload = createReloadBudget();
  window.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const reloading = mayReload(now());
    if (reloading) window.webContents.reload();
    void dialog.showMessageBox(window, {
      type: 'warning',
      title: 'Tandem',
      message: reloading ? 'Tandem stopped unexpectedly and was reloaded.' : 'Tandem keeps stopping unexpectedly.',
      detail: reloading
        ? `Your saved data is safe; anything not yet saved may need to be entered again. (Reason: ${details.reason})`
        : `Please quit and restart Tandem. Your saved data is safe. (Reason: ${details.reason})`,
    });
  });
}
