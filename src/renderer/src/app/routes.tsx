import type { ReactNode } from 'react';
import { lazyScreen, type LazyScreen } from './lazy-screen';
import { BudgetsIcon, ClientsIcon, ProjectsIcon, SettingsIcon, TimeIcon, TodayIcon } from '../components/ui/icons';

export interface ScreenRoute {
  id: string;
  label: string;
  icon: ReactNode;
  /** Ctrl/Cmd + this key jumps to the screen (a digit, or "," for Settings as desktop apps do). */
  shortcutKey?: string;
  component: LazyScreen;
}

// Each screen is its own chunk: the first paint loads only the shell and the screen it lands on.
export const screenRoutes: readonly ScreenRoute[] = [
  {
    id: 'today',
    label: 'Today',
    icon: <TodayIcon />,
    shortcutKey: '1',
    component: lazyScreen(() => import('../features/today/today-screen').then((m) => m.TodayScreen)),
  },
  {
    id: 'time',
    label: 'Time',
    icon: <TimeIcon />,
    shortcutKey: '2',
    component: lazyScreen(() => import('../features/time/time-screen').then((m) => m.TimeScreen)),
  },
  {
    id: 'clients',
    label: 'Clients',
    icon: <ClientsIcon />,
    shortcutKey: '3',
    component: lazyScreen(() => import('../features/clients/clients-screen').then((m) => m.ClientsScreen)),
  },
  {
    id: 'projects',
    label: 'Projects',
    icon: <ProjectsIcon />,
    shortcutKey: '4',
    component: lazyScreen(() => import('../features/projects/projects-screen').then((m) => m.ProjectsScreen)),
  },
  {
    id: 'budgets',
    label: 'Budgets',
    icon: <BudgetsIcon />,
    shortcutKey: '5',
    component: lazyScreen(() => import('../features/budgets/budgets-screen').then((m) => m.BudgetsScreen)),
  },
  {
    id: 'settings',
    label: 'Settings',
    icon: <SettingsIcon />,
    shortcutKey: ',',
    component: lazyScreen(() => import('../features/settings/settings-screen').then((m) => m.SettingsScreen)),
  },
];

export function findRoute(id: string): ScreenRoute | undefined {
  return screenRoutes.find((route) => route.id === id);
}
