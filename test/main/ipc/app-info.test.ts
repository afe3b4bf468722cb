import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke, resetFakeElectron, shell } from '../fake-electron';
import { registerAppInfoHandlers } from '../../../src/main/ipc/app-info';

vi.mock('electron', () => import('../fake-electron'));

const APP_URL = 'app://tandem/index.html';

beforeEach(() => {
  resetFakeElectron();
  registerAppInfoHandlers();
});

describe('app info handlers', () => {
  it('answers getAppInfo as the desktop shell', async () => {
    expect(await invoke('app:get-info', APP_URL)).toEqual({
      ok: true,
      value: { name: 'Tandem', version: '0.1.0', platform: process.platform, shell: 'desktop' },
    });
  });

  it('refuses a payload on getAppInfo', async () => {
    expect(await invoke('app:get-info', APP_URL, { evil: true })).toMatchObject({ ok: false });
  });

  it('opens an https link', async () => {
    expect(await invoke('app:open-external', APP_URL, 'https://example.com/')).toEqual({ ok: true, value: undefined });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'http://example.com/'])('refuses to open %s', async (url) => {
    expect(await invoke('app:open-external', APP_URL, url)).toEqual({
      ok: false,
      error: 'Only https and mailto links can be opened',
    });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
