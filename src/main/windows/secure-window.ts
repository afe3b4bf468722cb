import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

// The one place that constructs windows. Callers may add preferences (preload, spellcheck, …) but any
// value that weakens isolation is an error, not a silent override: it would mean someone tried.

export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'> & {
  webPreferences?: WebPreferences;
};

/** Preferences that must be absent or hold exactly this value. */
const REQUIRED: Readonly<Partial<Record<keyof WebPreferences, unknown>>> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  webviewTag: false,
  disableBlinkFeatures: 'Auxclick',
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
};

/** enableBlinkFeatures switches on unreviewed Chromium features; only an empty value is accepted. */
const MUST_BE_EMPTY: readonly (keyof WebPreferences)[] = ['enableBlinkFeatures'];

/** Throws, naming every offending key, if `webPreferences` would weaken the window's isolation. */
export function assertSecureWebPreferences(webPreferences: Readonly<WebPreferences> | undefined): void {
  if (webPreferences === undefined) return;
  const offending: string[] = [];
  for (const [key, required] of Object.entries(REQUIRED)) {
    const value: unknown = Reflect.get(webPreferences, key);
    if (value !== undefined && value !== required) offending.push(`${key}: ${JSON.stringify(value)}`);
  }
  for (const key of MUST_BE_EMPTY) {
    const value: unknown = webPreferences[key];
    if (value !== undefined && value !== '') offending.push(`${key}: ${JSON.stringify(value)}`);
  }
  if (offending.length > 0) {
    throw new Error(`Insecure webPreferences refused: ${offending.join(', ')}`);
  }
}

export function createSecureWindow(options: SecureWindowOptions = {}): BrowserWindow {
  const { webPreferences, ...windowOptions } = options;
  assertSecureWebPreferences(webPreferences);
  return new BrowserWindow({
    ...windowOptions,
    webPreferences: {
      ...webPreferences,
      // Written literally and last, so nothing spread above can win and scanners can read them.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
