// The contract between the renderer and the desktop shell: what `window.tandem` offers.
// Each function maps to one IPC channel in ./ipc.ts; later features add theirs here and there.

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
}

declare global {
  interface Window {
    tandem?: TandemApi;
  }
}
