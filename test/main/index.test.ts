import { describe, expect, it, vi } from 'vitest';

// Hoisted so the factory hands out this one instance even after vi.resetModules().
const fake = await vi.hoisted(() => import('./fake-electron'));
vi.mock('electron', () => fake);

// index.ts acts when imported, so each test loads it afresh. The mocked `electron` is the hoisted
// instance above, so the entry and this file share one fake.
async function loadEntry(lockHeld: boolean): Promise<typeof fake> {
  vi.resetModules();
  fake.resetFakeElectron();
  fake.app.singleInstanceLock = lockHeld;
  // Never ready: these tests are about what happens before `ready`.
  fake.app.readyPromise = new Promise<void>(() => undefined);
  await import('../../src/main/index');
  return fake;
}

describe('main entry', () => {
  it('registers the privileged app scheme before ready and starts', async () => {
    const { app, protocol } = await loadEntry(true);
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(app.whenReady).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(1);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    const { app, protocol, BrowserWindow } = await loadEntry(false);
    expect(app.quit).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });
});
