import { describe, expect, it, vi } from 'vitest';
import type { TandemApi } from '../../../src/shared/api';

// Tests src/preload/index.ts. It sits under test/main because the node test project and
// tsconfig.node.json cover test/main; move it to test/preload once both include that folder.

// Hoisted so the factory hands out this one instance even after vi.resetModules().
const fake = await vi.hoisted(() => import('../fake-electron'));
vi.mock('electron', () => fake);

/** Runs the preload afresh and returns what it exposed, with the fake it talked to. */
async function loadPreload(): Promise<{ api: TandemApi; fake: typeof fake }> {
  vi.resetModules();
  fake.resetFakeElectron();
  await import('../../../src/preload/index');
  const exposed = fake.contextBridge.exposed.get('tandem');
  if (typeof exposed !== 'object' || exposed === null) throw new Error('nothing exposed');
  return { api: fake.asElectron<TandemApi>(exposed), fake };
}

describe('preload', () => {
  it('exposes exactly the named functions under window.tandem, and nothing else', async () => {
    const { api, fake } = await loadPreload();
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(api).sort()).toEqual([
      'addCalendarFeed',
      'exportReportPdf',
      'forgetSyncCredentials',
      'getAppInfo',
      'listBackups',
      'listCalendarFeeds',
      'onCalendarFeedsChanged',
      'onMenuCommand',
      'openBackupsFolder',
      'openFile',
      'readBackup',
      'readCalendarFeeds',
      'readSyncCredentials',
      'refreshCalendarFeeds',
      'removeCalendarFeed',
      'saveFile',
      'setSyncCredentials',
      'showNotification',
      'syncRequest',
      'writeBackup',
    ]);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(fake.ipcRenderer);
  });

  it('unwraps a successful reply', async () => {
    const { api, fake } = await loadPreload();
    const info = { name: 'Tandem', version: '0.1.0', platform: 'linux', shell: 'desktop' };
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: info });
    await expect(api.getAppInfo()).resolves.toEqual(info);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('app:get-info');
  });

  it('throws the error of a refused call', async () => {
    const { api, fake } = await loadPreload();
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: 'backups:read refused: invalid payload' });
    await expect(api.readBackup('../../etc/passwd')).rejects.toThrow('backups:read refused: invalid payload');
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('backups:read', '../../etc/passwd');
  });

  it('sends a report to print on its own channel and returns the outcome', async () => {
    const { api, fake } = await loadPreload();
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 'saved' });
    const request = { html: '<p>Report</p>', suggestedName: 'Report', paper: 'a4' } as const;
    await expect(api.exportReportPdf(request)).resolves.toBe('saved');
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('reports:export-pdf', request);
  });

  it('sends calendar feed requests on their channels and forwards the changed nudge without the event', async () => {
    const { api, fake } = await loadPreload();
    fake.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: [] });
    const request = { address: 'https://calendar.example.com/private.ics', name: 'Work', colour: 'blue' } as const;
    await api.addCalendarFeed(request);
    await api.refreshCalendarFeeds();
    await api.readCalendarFeeds();
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['calendar-feeds:add', request], ['calendar-feeds:refresh', undefined], ['calendar-feeds:read']]);
    const listener = vi.fn();
    const stop = api.onCalendarFeedsChanged(listener);
    fake.ipcRenderer.fire('calendar-feeds:changed', { sender: 'secret' });
    expect(listener).toHaveBeenCalledWith();
    stop();
    fake.ipcRenderer.fire('calendar-feeds:changed');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('sends a notification on its own channel', async () => {
    const { api, fake } = await loadPreload();
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: true });
    await expect(api.showNotification({ title: 'Meeting at 14:00', body: 'starts in 5 minutes' })).resolves.toBe(true);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('notifications:show', { title: 'Meeting at 14:00', body: 'starts in 5 minutes' });
  });

  it('sends backups and file requests on their channels, data only', async () => {
    const { api, fake } = await loadPreload();
    const bytes = new Uint8Array([1, 2, 3]);
    fake.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
    await api.writeBackup({ bytes, reason: 'manual' });
    await api.readBackup('tandem-backup-20260320T090000000Z-manual.json.gz');
    await api.listBackups();
    await api.openFile('csv');
    await api.saveFile({ purpose: 'csv', suggestedName: 'time.csv', bytes });
    await api.openBackupsFolder();
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      ['backups:write', { bytes, reason: 'manual' }],
      ['backups:read', 'tandem-backup-20260320T090000000Z-manual.json.gz'],
      ['backups:list'],
      ['files:open', 'csv'],
      ['files:save', { purpose: 'csv', suggestedName: 'time.csv', bytes }],
      ['backups:open-folder'],
    ]);
  });

  it('forwards known menu commands without the IPC event, drops unknown ones, and unsubscribes', async () => {
    const { api, fake } = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);

    fake.ipcRenderer.fire('menu:command', { sender: 'secret' }, 'go:clients');
    fake.ipcRenderer.fire('menu:command', {}, 'rm -rf');
    expect(listener.mock.calls).toEqual([['go:clients']]);

    unsubscribe();
    fake.ipcRenderer.fire('menu:command', {}, 'palette');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
