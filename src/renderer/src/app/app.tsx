import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { errorText } from '@shared/error-text';
import { db } from '../db/db';
import { getSettings } from '../db/queries/singletons';
import { TimerControl } from '../features/timer/timer-control';
import { notify } from '../stores/toast-store';
import { BlockReminders } from './block-reminders';
import { Layout } from './layout';
import { screenRoutes } from './routes';
import { useApplyTheme } from './use-theme';
import { useGlobalShortcuts } from './use-global-shortcuts';

export function App() {
  useGlobalShortcuts();
  const theme = useLiveQuery(async () => (await getSettings(db)).theme, [], 'system');
  useApplyTheme(theme);
  useEffect(() => {
    // After the first paint, when the browser is idle: load every screen so navigation never waits.
    const preloadAll = () => screenRoutes.forEach((route) => void route.component.preload());
    const handle = setTimeout(() => requestIdleCallback(preloadAll), 0);
    return () => clearTimeout(handle);
  }, []);
  useEffect(() => {
    // Backups start once the first screen has painted: their code is a chunk of its own.
    let stop: (() => void) | undefined;
    let cancelled = false;
    const handle = setTimeout(() => {
      void import('./auto-backup').then(({ startAutomaticBackups }) => {
        if (!cancelled) stop = startAutomaticBackups(db);
      });
    }, 0);
    return () => {
      cancelled = true;
      clearTimeout(handle);
      stop?.();
    };
  }, []);
  useEffect(() => {
    // Sync carries on where it was on (and the sign-in is kept): the replicator is a chunk of its own.
    void import('../db/sync/sync-server')
      .then(({ resumeSync }) => resumeSync(db))
      .catch((error: unknown) => notify(`Sync did not start again: ${errorText(error)}`, undefined, 'error'));
  }, []);
  return (
    <>
      <Layout headerEnd={<TimerControl />} />
      <BlockReminders />
    </>
  );
}
