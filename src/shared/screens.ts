// The app's screens, once: the renderer's sidebar and routes and the desktop menu's Go items both
// read this list, so a shortcut can never mean one screen in the menu and another in the app.

export interface ScreenInfo {
  id: string;
  label: string;
  /** With Ctrl/Cmd: a digit, or ',' for Settings as desktop apps do. */
  shortcutKey?: string;
}

export const SCREENS = [
  { id: 'today', label: 'Today', shortcutKey: '1' },
  { id: 'planner', label: 'Planner', shortcutKey: '2' },
  { id: 'tasks', label: 'Tasks', shortcutKey: '3' },
  { id: 'time', label: 'Time', shortcutKey: '4' },
  { id: 'clients', label: 'Clients', shortcutKey: '5' },
  { id: 'projects', label: 'Projects', shortcutKey: '6' },
  { id: 'budgets', label: 'Budgets', shortcutKey: '7' },
  { id: 'switching', label: 'Switching', shortcutKey: '8' },
  { id: 'updates', label: 'Client updates', shortcutKey: '9' },
  { id: 'invoices', label: 'Invoices' },
  { id: 'reports', label: 'Reports' },
  { id: 'health-check', label: 'Health check' },
  { id: 'backups', label: 'Data & backups' },
  { id: 'settings', label: 'Settings', shortcutKey: ',' },
] as const satisfies readonly ScreenInfo[];

export type ScreenId = (typeof SCREENS)[number]['id'];
