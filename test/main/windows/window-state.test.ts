import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronBrowserWindow } from 'electron';
import { BrowserWindow, asElectron, resetFakeElectron } from '../fake-electron';
import {
  DEFAULT_WINDOW_STATE,
  chooseWindowState,
  isRectVisible,
  readSavedWindowState,
  rememberWindowState,
  saveWindowState,
} from '../../../src/main/windows/window-state';

vi.mock('electron', () => import('../fake-electron'));

const LAPTOP = { workArea: { x: 0, y: 0, width: 1440, height: 900 } };
// A second monitor to the left of the laptop, so its coordinates are negative.
const LEFT_MONITOR = { workArea: { x: -1920, y: 0, width: 1920, height: 1080 } };

describe('isRectVisible', () => {
  it('accepts a window on a display, including negative coordinates on a second monitor', () => {
    expect(isRectVisible({ x: 100, y: 100, width: 1000, height: 700 }, [LAPTOP])).toBe(true);
    expect(isRectVisible({ x: -1800, y: 50, width: 1000, height: 700 }, [LAPTOP, LEFT_MONITOR])).toBe(true);
  });

  it('rejects a window that lies off every display or barely touches one', () => {
    expect(isRectVisible({ x: -1800, y: 50, width: 1000, height: 700 }, [LAPTOP])).toBe(false);
    expect(isRectVisible({ x: 3000, y: 3000, width: 1000, height: 700 }, [LAPTOP, LEFT_MONITOR])).toBe(false);
    expect(isRectVisible({ x: 1400, y: 100, width: 1000, height: 700 }, [LAPTOP])).toBe(false);
  });
});

describe('chooseWindowState', () => {
  it('restores a saved state that is on screen', () => {
    const saved = { x: 100, y: 80, width: 1100, height: 760, maximized: true };
    expect(chooseWindowState(saved, [LAPTOP])).toEqual({
      bounds: { x: 100, y: 80, width: 1100, height: 760 },
      maximized: true,
    });
  });

  it('ignores a saved rect that is off screen (its monitor was unplugged)', () => {
    const saved = { x: -1800, y: 50, width: 1000, height: 700, maximized: false };
    expect(chooseWindowState(saved, [LAPTOP])).toBe(DEFAULT_WINDOW_STATE);
  });

  it.each([
    undefined,
    null,
    'x',
    {},
    { x: 0, y: 0, width: 10, height: 10, maximized: false },
    { x: 0.5, y: 0, width: 1000, height: 700, maximized: false },
  ])('falls back to the default for %j', (saved) => expect(chooseWindowState(saved, [LAPTOP])).toBe(DEFAULT_WINDOW_STATE));
});

describe('saving and reading', () => {
  let dir: string;
  beforeEach(() => {
    resetFakeElectron();
    dir = mkdtempSync(join(tmpdir(), 'tandem-window-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips the normal bounds and maximised flag, leaving no temp file', () => {
    const file = join(dir, 'window-state.json');
    const window = new BrowserWindow({});
    window.maximized = true;
    saveWindowState(file, asElectron<ElectronBrowserWindow>(window));

    expect(readSavedWindowState(file)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('saves when the window closes', () => {
    const file = join(dir, 'window-state.json');
    const window = new BrowserWindow({});
    rememberWindowState(asElectron<ElectronBrowserWindow>(window), file);
    expect(existsSync(file)).toBe(false);
    window.fire('close');
    expect(readSavedWindowState(file)).toMatchObject({ width: 1000, height: 700 });
  });

  it('reads a missing or corrupt file as nothing saved', () => {
    expect(readSavedWindowState(join(dir, 'missing.json'))).toBeUndefined();
    writeFileSync(join(dir, 'corrupt.json'), '{"x": 1,');
    expect(readSavedWindowState(join(dir, 'corrupt.json'))).toBeUndefined();
  });
});
