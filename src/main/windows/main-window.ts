import { join } from 'node:path';
import { screen } from 'electron';
import type { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '@shared/app-origin';
import { installCrashRecovery } from './crash-recovery';
import { createSecureWindow } from './secure-window';
import {
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  WINDOW_STATE_FILE,
  chooseWindowState,
  readSavedWindowState,
  rememberWindowState,
} from './window-state';

export interface MainWindowOptions {
  /** app.getAppPath(): the folder (or app.asar) holding out/. */
  appPath: string;
  userDataPath: string;
  /** Set only in development; production always loads the fixed app origin. */
  devServerUrl: string | undefined;
}

export function createMainWindow({ appPath, userDataPath, devServerUrl }: MainWindowOptions): BrowserWindow {
  const stateFile = join(userDataPath, WINDOW_STATE_FILE);
  const state = chooseWindowState(readSavedWindowState(stateFile), screen.getAllDisplays());

  const window = createSecureWindow({
    ...state.bounds,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Tandem',
    // Shown once painted, so the user never sees an empty frame.
    show: false,
    webPreferences: { preload: join(appPath, 'out', 'preload', 'index.cjs') },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  rememberWindowState(window, stateFile);
  installCrashRecovery(window);

  window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`).catch((error: unknown) => {
    console.error('Could not load the renderer', error);
  });
  return window;
}

/** Brings a window to the front, un-minimising it first (used when a second launch is attempted). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
