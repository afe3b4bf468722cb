import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebPreferences } from 'electron';
import { BrowserWindow, resetFakeElectron } from '../fake-electron';
import { assertSecureWebPreferences, createSecureWindow } from '../../../src/main/windows/secure-window';

vi.mock('electron', () => import('../fake-electron'));

const SECURE_LITERALS = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  webviewTag: false,
  disableBlinkFeatures: 'Auxclick',
};

const INSECURE: [string, WebPreferences][] = [
  ['nodeIntegration', { nodeIntegration: true }],
  ['contextIsolation', { contextIsolation: false }],
  ['sandbox', { sandbox: false }],
  ['webSecurity', { webSecurity: false }],
  ['webviewTag', { webviewTag: true }],
  ['nodeIntegrationInWorker', { nodeIntegrationInWorker: true }],
  ['nodeIntegrationInSubFrames', { nodeIntegrationInSubFrames: true }],
  ['allowRunningInsecureContent', { allowRunningInsecureContent: true }],
  ['experimentalFeatures', { experimentalFeatures: true }],
  ['enableBlinkFeatures', { enableBlinkFeatures: 'CSSPseudoHas' }],
  ['disableBlinkFeatures', { disableBlinkFeatures: '' }],
  ['navigateOnDragDrop', { navigateOnDragDrop: true }],
];

beforeEach(resetFakeElectron);

describe('assertSecureWebPreferences', () => {
  it.each(INSECURE)('refuses %s', (key, prefs) => {
    expect(() => assertSecureWebPreferences(prefs)).toThrow(new RegExp(`Insecure webPreferences refused: ${key}`));
  });

  it('names every offending key at once', () => {
    const attempt = () => assertSecureWebPreferences({ nodeIntegration: true, sandbox: false });
    expect(attempt).toThrow(/nodeIntegration: true/);
    expect(attempt).toThrow(/sandbox: false/);
  });

  it('accepts nothing, harmless additions, and the secure values restated', () => {
    expect(() => assertSecureWebPreferences(undefined)).not.toThrow();
    expect(() => assertSecureWebPreferences({ preload: '/app/preload.cjs', spellcheck: true })).not.toThrow();
    expect(() => assertSecureWebPreferences(SECURE_LITERALS)).not.toThrow();
  });
});

describe('createSecureWindow', () => {
  it('builds no window when asked for an insecure one', () => {
    expect(() => createSecureWindow({ webPreferences: { contextIsolation: false } })).toThrow(/contextIsolation/);
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('passes the literal secure preferences, the preload and the window options to BrowserWindow', () => {
    createSecureWindow({ width: 900, show: false, webPreferences: { preload: '/app/out/preload/index.cjs' } });

    expect(BrowserWindow.instances).toHaveLength(1);
    expect(BrowserWindow.instances[0]?.options).toEqual({
      width: 900,
      show: false,
      webPreferences: { preload: '/app/out/preload/index.cjs', ...SECURE_LITERALS },
    });
  });

  it('writes the secure preferences even when the caller passes none', () => {
    createSecureWindow();
    expect(BrowserWindow.instances[0]?.options.webPreferences).toEqual(SECURE_LITERALS);
  });
});
