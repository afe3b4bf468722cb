import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../db/db';
import { getSettings } from '../db/queries/singletons';
import { TimerControl } from '../features/timer/timer-control';
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
  return <Layout headerEnd={<TimerControl />} />;
}
