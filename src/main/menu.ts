import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc';
import { SCREENS } from '@shared/screens';

// The application menu: platform-standard roles (so copy/paste, zoom and window keys behave as users
// expect) plus Tandem's own shortcuts, which only send a command id for the renderer to act on.

export interface MenuOptions {
  /** Reload and developer tools appear only in an unpackaged (development) app. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  sendCommand: (command: MenuCommand) => void;
}

/** The Go menu: every screen, with Ctrl/Cmd+its key where it has one. */
export const SCREEN_SHORTCUTS: readonly { label: string; command: MenuCommand; accelerator?: string }[] = SCREENS.map(
  (screen) => ({
    label: screen.label,
    command: `go:${screen.id}` as const,
    ...('shortcutKey' in screen ? { accelerator: `CmdOrCtrl+${screen.shortcutKey}` } : {}),
  }),
);

export function buildMenuTemplate({ isPackaged, platform, sendCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const devItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];

  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...devItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Go',
      submenu: [
        { label: 'Command Palette…', accelerator: 'CmdOrCtrl+K', click: () => sendCommand('palette') },
        { type: 'separator' },
        ...SCREEN_SHORTCUTS.map(({ label, command, accelerator }) => ({
          label,
          ...(accelerator ? { accelerator } : {}),
          click: () => sendCommand(command),
        })),
      ],
    },
    { role: 'windowMenu' },
  ];
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
