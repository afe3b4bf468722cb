import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { getSettings } from '../db/queries/singletons';
import { TimerControl } from '../features/timer/timer-control';
import { Layout } from './layout';
import { useApplyTheme } from './use-theme';
import { useGlobalShortcuts } from './use-global-shortcuts';

export function App() {
  useGlobalShortcuts();
  const theme = useLiveQuery(async () => (await getSettings(db)).theme, [], 'system');
  useApplyTheme(theme);
  return <Layout headerEnd={<TimerControl />} />;
}
