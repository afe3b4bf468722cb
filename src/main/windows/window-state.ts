import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { BrowserWindow, Rectangle } from 'electron';
import { writeFileAtomicSync } from '../services/atomic-write';

// The main window reopens where the user left it, unless that place is no longer on any screen
// (a monitor was unplugged, resolution changed): then it opens centred at the default size.

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WINDOW_WIDTH = 800;
export const MIN_WINDOW_HEIGHT = 560;
/** How much of the window (px, each way) must overlap one display for the saved place to count. */
export const MIN_VISIBLE_PX = 100;

export interface WindowState {
  bounds: Rectangle | { width: number; height: number };
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1280, height: 820 }, maximized: false };

const savedStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(MIN_WINDOW_WIDTH).max(100_000),
  height: z.number().int().min(MIN_WINDOW_HEIGHT).max(100_000),
  maximized: z.boolean(),
});

export interface DisplayArea {
  workArea: Rectangle;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** True when at least MIN_VISIBLE_PX × MIN_VISIBLE_PX of `rect` lies on one display's work area. */
export function isRectVisible(rect: Rectangle, displays: readonly DisplayArea[]): boolean {
  return displays.some(({ workArea }) => {
    const { width, height } = overlap(rect, workArea);
    return width >= MIN_VISIBLE_PX && height >= MIN_VISIBLE_PX;
  });
}

/** The state to open with: the saved one if it is well-formed and visible, otherwise the default. */
export function chooseWindowState(saved: unknown, displays: readonly DisplayArea[]): WindowState {
  const parsed = savedStateSchema.safeParse(saved);
  if (!parsed.success) return DEFAULT_WINDOW_STATE;
  const { maximized, ...bounds } = parsed.data;
  return isRectVisible(bounds, displays) ? { bounds, maximized } : DEFAULT_WINDOW_STATE;
}

/** The saved JSON, or undefined when there is none or it cannot be read (first launch, corrupt file). */
export function readSavedWindowState(filePath: string): unknown {
  try {
    return JSON.parse(readFileSync(filePath, 'utf8'));
  } catch {
    return undefined;
  }
}

export function saveWindowState(filePath: string, window: BrowserWindow): void {
  // Normal bounds, so a maximised window restores to its un-maximised size as well.
  const state = { ...window.getNormalBounds(), maximized: window.isMaximized() };
  writeFileAtomicSync(filePath, JSON.stringify(state));
}

/** Saves the window's place when it closes. A failed save only costs the remembered position. */
export function rememberWindowState(window: BrowserWindow, filePath: string): void {
  window.on('close', () => {
    try {
      saveWindowState(filePath, window);
    } catch (error) {
      console.warn('Could not save window state', error);
    }
  });
}
