import { app } from 'electron';
import { registerAppScheme } from './protocol/app-protocol';
import { startApp } from './start';

// One running Tandem per user: a second launch hands over to the first (which focuses its window) and
// exits, so two processes never write the same IndexedDB and backups.
if (app.requestSingleInstanceLock()) {
  // Scheme privileges must be registered before `ready`.
  registerAppScheme();
  startApp();
} else {
  app.quit();
}
