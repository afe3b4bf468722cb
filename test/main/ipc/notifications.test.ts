import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, Notification, asElectron, invoke, resetFakeElectron } from '../fake-electron';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { registerNotificationHandlers } from '../../../src/main/ipc/notifications';

vi.mock('electron', () => import('../fake-electron'));

const APP_URL = 'app://tandem/index.html';
const CHANNEL = 'notifications:show';
const REMINDER = { title: 'Deep work at 09:00', body: 'Sitemap · starts in 5 minutes' };

let window: BrowserWindow | null;
beforeEach(() => {
  resetFakeElectron();
  window = new BrowserWindow({});
  registerNotificationHandlers(() => (window ? asElectron<ElectronWindow>(window) : null));
});

describe('notifications:show', () => {
  it('shows a main-process notification with the title and body', async () => {
    expect(await invoke(CHANNEL, APP_URL, REMINDER)).toEqual({ ok: true, value: true });
    expect(Notification.instances).toHaveLength(1);
    expect(Notification.instances[0]?.options).toMatchObject(REMINDER);
    expect(Notification.instances[0]?.show).toHaveBeenCalledTimes(1);
  });

  it('brings the window back when the notification is clicked', async () => {
    if (window) window.minimized = true;
    await invoke(CHANNEL, APP_URL, REMINDER);
    Notification.instances[0]?.fire('click');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });

  it('ignores a click once the window is gone', async () => {
    await invoke(CHANNEL, APP_URL, REMINDER);
    window = null;
    expect(() => Notification.instances[0]?.fire('click')).not.toThrow();
  });

  it('answers false where the system has no notifications', async () => {
    Notification.supported = false;
    expect(await invoke(CHANNEL, APP_URL, REMINDER)).toEqual({ ok: true, value: false });
    expect(Notification.instances).toHaveLength(0);
  });

  it('refuses a caller that is not the app', async () => {
    expect(await invoke(CHANNEL, 'https://evil.example/', REMINDER)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/refused/),
    });
    expect(Notification.instances).toHaveLength(0);
  });

  it.each([
    ['no title', { ...REMINDER, title: '' }],
    ['a title over 120 characters', { ...REMINDER, title: 'x'.repeat(121) }],
    ['a body that is not text', { ...REMINDER, body: 5 }],
    ['extra fields', { ...REMINDER, icon: '/etc/passwd' }],
    ['no payload', undefined],
  ])('refuses %s before showing anything', async (_case, payload) => {
    expect(await invoke(CHANNEL, APP_URL, payload)).toMatchObject({ ok: false, error: expect.stringMatching(/invalid payload/) });
    expect(Notification.instances).toHaveLength(0);
  });
});
