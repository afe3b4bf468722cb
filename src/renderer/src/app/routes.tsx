import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { TodayIcon } from '../components/ui/icons';

export interface ScreenRoute {
  id: string;
  label: string;
  icon: ReactNode;
  /** Ctrl/Cmd + this digit jumps to the screen. */
  digit?: string;
  component: LazyExoticComponent<ComponentType<{ params: string[] }>>;
}

// Each screen is its own chunk: the first paint loads only the shell and the screen it lands on.
export const screenRoutes: readonly ScreenRoute[] = [
  {
    id: 'today',
    label: 'Today',
    icon: <TodayIcon />,
    digit: '1',
    component: lazy(() => import('../features/today/today-screen').then((m) => ({ default: m.TodayScreen }))),
  },
];

export function findRoute(id: string): ScreenRoute | undefined {
  return screenRoutes.find((route) => route.id === id);
}
