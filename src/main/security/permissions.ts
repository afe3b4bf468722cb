import type { Session } from 'electron';

// Tandem needs no browser permission (camera, notifications, geolocation, clipboard-read, …), so every
// request and every check is refused. A feature that needs one adds a narrow exception here, with a test.
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
