import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import { FakeWebContents, app, asElectron, resetFakeElectron } from '../fake-electron';
import { hardenAllWebContents } from '../../../src/main/security/web-contents-hooks';

vi.mock('electron', () => import('../fake-electron'));

beforeEach(resetFakeElectron);

describe('hardenAllWebContents', () => {
  it('guards every new web contents: no webview attaches, no foreign navigation, no new windows', () => {
    hardenAllWebContents(asElectron<App>(app));
    const contents = new FakeWebContents();
    app.fire('web-contents-created', {}, contents);

    expect(contents.fire('will-attach-webview', {}, {}, { src: 'https://example.com' }).defaultPrevented).toBe(true);
    expect(contents.fire('will-navigate', { url: 'https://example.com' }).defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});
