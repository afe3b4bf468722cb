import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron';
import { Menu, asElectron, resetFakeElectron } from './fake-electron';
import { buildMenuTemplate, installApplicationMenu } from '../../src/main/menu';
import { MENU_COMMANDS, type MenuCommand } from '../../src/shared/ipc';

vi.mock('electron', () => import('./fake-electron'));

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const item = template.find((candidate) => candidate.label === label);
  if (!item || !Array.isArray(item.submenu)) throw new Error(`no ${label} menu`);
  return item.submenu;
}

const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean);

let sendCommand: ReturnType<typeof vi.fn<(command: MenuCommand) => void>>;

beforeEach(() => {
  resetFakeElectron();
  sendCommand = vi.fn();
});

describe('application menu', () => {
  it('has the standard edit roles', () => {
    const template = buildMenuTemplate({ isPackaged: true, platform: 'linux', sendCommand });
    expect(roles(submenu(template, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers zoom and full screen but no reload or devtools when packaged', () => {
    const view = roles(submenu(buildMenuTemplate({ isPackaged: true, platform: 'linux', sendCommand }), 'View'));
    expect(view).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('adds reload and devtools in development', () => {
    const view = roles(submenu(buildMenuTemplate({ isPackaged: false, platform: 'linux', sendCommand }), 'View'));
    expect(view).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'zoomIn', 'togglefullscreen']));
  });

  it('has a window menu, and the app menu on macOS only', () => {
    const linux = buildMenuTemplate({ isPackaged: true, platform: 'linux', sendCommand });
    const mac = buildMenuTemplate({ isPackaged: true, platform: 'darwin', sendCommand });
    expect(roles(linux)).toEqual(['windowMenu']);
    expect(roles(mac)).toEqual(['appMenu', 'windowMenu']);
  });

  it('sends the palette and screen commands with their shortcuts', () => {
    const go = submenu(buildMenuTemplate({ isPackaged: true, platform: 'linux', sendCommand }), 'Go').filter(
      (item) => item.click,
    );
    const shortcuts = go.map((item) => [item.label, item.accelerator]);
    expect(shortcuts).toEqual([
      ['Command Palette…', 'CmdOrCtrl+K'],
      ['Today', 'CmdOrCtrl+1'],
      ['Planner', 'CmdOrCtrl+2'],
      ['Tasks', 'CmdOrCtrl+3'],
      ['Time', 'CmdOrCtrl+4'],
      ['Clients', 'CmdOrCtrl+5'],
      ['Projects', 'CmdOrCtrl+6'],
      ['Budgets', 'CmdOrCtrl+7'],
      ['Switching', 'CmdOrCtrl+8'],
      ['Client updates', 'CmdOrCtrl+9'],
      ['Invoices', undefined],
      ['Reports', undefined],
      ['Health check', undefined],
      ['Data & backups', undefined],
      ['Settings', 'CmdOrCtrl+,'],
    ]);

    for (const item of go) item.click?.(asElectron<MenuItem>({}), undefined, asElectron<KeyboardEvent>({}));
    // Every command, in order: the list itself is pinned in test/shared/ipc.test.ts.
    expect(sendCommand.mock.calls.map(([command]) => command)).toEqual(MENU_COMMANDS);
  });

  it('installs the built menu', () => {
    installApplicationMenu({ isPackaged: true, platform: 'linux', sendCommand });
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith({ template: expect.any(Array) });
  });
});
