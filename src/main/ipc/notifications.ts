import { Notification } from 'electron';
import type { BrowserWindow } from 'electron';
import { IPC_INVOKE } from '@shared/ipc';
import { focusWindow } from '../windows/main-window';
import { handle } from './handle';

// Desktop notifications (block reminders) come from main: the renderer's own Notification permission
// stays denied like every other permission. Clicking one brings the window back.

export function registerNotificationHandlers(getWindow: () => BrowserWindow | null): void {
  handle(IPC_INVOKE.showNotification, ({ title, body }): boolean => {
    if (!Notification.isSupported()) return false;
    const notification = new Notification({ title, body, silent: false });
    notification.on('click', () => {
      const window = getWindow();
      if (window && !window.isDestroyed()) focusWindow(window);
    });
    notification.show();
    return true;
  });
}
