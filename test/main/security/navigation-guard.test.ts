import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { FakeWebContents, asElectron, resetFakeElectron, shell } from '../fake-electron';
import { installNavigationGuard } from '../../../src/main/security/navigation-guard';

vi.mock('electron', () => import('../fake-electron'));

const DEV_URL = 'http://localhost:5173/';

function guarded(devServerUrl?: string): FakeWebContents {
  const contents = new FakeWebContents();
  installNavigationGuard(asElectron<WebContents>(contents), devServerUrl);
  return contents;
}

function openWindow(contents: FakeWebContents, url: string): { action: 'allow' | 'deny' } | undefined {
  return contents.windowOpenHandler?.({ url });
}

beforeEach(resetFakeElectron);

describe('will-navigate', () => {
  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('cancels navigation to %s', (url) => {
    expect(guarded().fire('will-navigate', { url }).defaultPrevented).toBe(true);
  });

  it('lets the app move within its own origin', () => {
    expect(guarded().fire('will-navigate', { url: 'app://tandem/index.html#/clients' }).defaultPrevented).toBe(false);
  });

  it('allows the dev server only when one is configured', () => {
    expect(guarded(DEV_URL).fire('will-navigate', { url: 'http://localhost:5173/#/time' }).defaultPrevented).toBe(false);
    expect(guarded(DEV_URL).fire('will-navigate', { url: 'http://localhost:5174/' }).defaultPrevented).toBe(true);
  });
});

describe('window.open', () => {
  it('is denied for every URL, including the app itself', () => {
    const contents = guarded();
    for (const url of ['https://example.com/', 'app://tandem/index.html', 'file:///etc/passwd', 'about:blank']) {
      expect(openWindow(contents, url)).toEqual({ action: 'deny' });
    }
  });

  it('opens allowlisted links in the system browser instead', () => {
    openWindow(guarded(), 'https://example.com/docs');
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/docs');
  });

  it('opens nothing for links off the allowlist', () => {
    const contents = guarded();
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'slack://open',
      'mailto:a@b.c?subject=Hi',
    ]) {
      openWindow(contents, url);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
