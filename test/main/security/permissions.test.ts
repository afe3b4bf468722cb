import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { FakeSession, asElectron, resetFakeElectron } from '../fake-electron';
import { denyAllPermissions } from '../../../src/main/security/permissions';

vi.mock('electron', () => import('../fake-electron'));

beforeEach(resetFakeElectron);

describe('denyAllPermissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])(
    'refuses a %s request and check',
    (permission) => {
      const session = new FakeSession();
      denyAllPermissions(asElectron<Session>(session));

      const callback = vi.fn();
      session.requestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.checkHandler?.(null, permission, 'app://tandem', {})).toBe(false);
    },
  );
});
