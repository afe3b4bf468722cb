import { Layout } from './layout';
import { useApplyTheme } from './use-theme';
import { useGlobalShortcuts } from './use-global-shortcuts';

export function App() {
  useGlobalShortcuts();
  useApplyTheme('system');
  return <Layout />;
}
