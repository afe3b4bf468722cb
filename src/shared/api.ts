// The contract between the renderer and the desktop shell: what `window.tandem` offers.
// Each function maps to one IPC channel in ./ipc.ts; later features add theirs here and there.

import type { MenuCommand } from './ipc';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** 'desktop' when running inside Electron, 'web' in a plain browser. */
  shell: 'desktop' | 'web';
}

export interface TandemApi {
  getAppInfo(): Promise<AppInfo>;
  /** Opens an https or mailto URL in the system browser; anything else is refused. */
  openExternal(url: string): Promise<void>;
  /**
   * Calls `listener` for each application-menu command (palette, go:<screen>) and returns the
   * unsubscribe function. The web fallback has no menu and returns a no-op unsubscribe.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

declare global {
  interface Window {
    tandem?: TandemApi;
  }
}
