import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { ClientsIcon, ProjectsIcon, SettingsIcon, TimeIcon, TodayIcon } from '../components/ui/icons';

export interface ScreenRoute {
  id: string;
  label: string;
  icon: ReactNode;
  /** Ctrl/Cmd + this key jumps to the screen (a digit, or "," for Settings as desktop apps do). */
  shortcutKey?: string;
  component: LazyExoticComponent<ComponentType<{ params: string[] }>>;
}

// Each screen is its own chunk: the first paint loads only the shell and the screen it lands on.
export const screenRoutes: readonly ScreenRoute[] = [
  {
    id: 'today',
    label: 'Today',
    icon: <TodayIcon />,
    shortcutKey: '1',
    component: lazy(() => import('../features/today/today-screen').then((m) => ({ default: m.TodayScreen }))),
  },
  {
    id: 'time',
    label: 'Time',
    icon: <TimeIcon />,
    shortcutKey: '2',
    component: lazy(() => import('../features/time/time-screen').then((m) => ({ default: m.TimeScreen }))),
  },
  {
    id: 'clients',
    label: 'Clients',
    icon: <ClientsIcon />,
    shortcutKey: '3',
    component: lazy(() => import('../features/clients/clients-screen').then((m) => ({ default: m.ClientsScreen }))),
  },
  {
    id: 'projects',
    label: 'Projects',
    icon: <ProjectsIcon />,
    shortcutKey: '4',
    component: lazy(() => import('../features/projects/projects-screen').then((m) => ({ default: m.ProjectsScreen }))),
  },
  {
    id: 'settings',
    label: 'Settings',
    icon: <SettingsIcon />,
    shortcutKey: ',',
    component: lazy(() => import('../features/settings/settings-screen').then((m) => ({ default: m.SettingsScreen }))),
  },
];

export function findRoute(id: string): ScreenRoute | undefined {
  return screenRoutes.find((route) => route.id === id);
}
