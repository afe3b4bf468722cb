import type { App } from 'electron';
import { logError, logWarning } from './main-log';

// Failures nothing else catches. Uncaught exceptions are watched with 'uncaughtExceptionMonitor',
// which records without handling, so Electron still shows its own error box as before. Unhandled
// rejections are handled here: recorded and left at that, since Node's default would turn each into
// an uncaught exception and a dialog, for a promise main simply forgot to await. Renderer and helper
// processes that die are recorded with Chromium's reason.

const watched = new WeakSet<object>();

export function logProcessErrors(target: NodeJS.Process, app: App): void {
  // startApp runs once per process; tests start it again and again on the one real process.
  if (!watched.has(target)) {
    watched.add(target);
    target.on('uncaughtExceptionMonitor', (error, origin) => logError(origin, error));
    target.on('unhandledRejection', (reason) => logError('unhandledRejection', reason));
  }
  app.on('render-process-gone', (_event, _contents, details) => {
    if (details.reason !== 'clean-exit')
      logWarning('renderer', `renderer gone: ${details.reason} (exit code ${details.exitCode})`);
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit')
      logWarning('child-process', `${details.type} process gone: ${details.reason} (exit code ${details.exitCode})`);
  });
}
