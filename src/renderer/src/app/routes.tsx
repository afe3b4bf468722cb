import type { ReactNode } from 'react';
import { SCREENS, type ScreenId, type ScreenInfo } from '@shared/screens';
import {
  BackupsIcon,
  BudgetsIcon,
  ClientsIcon,
  HealthIcon,
  InvoicesIcon,
  PlannerIcon,
  ReportsIcon,
  ProjectsIcon,
  SettingsIcon,
  SwitchingIcon,
  TasksIcon,
  TimeIcon,
  TodayIcon,
  UpdatesIcon,
} from '../components/ui/icons';
import { lazyScreen, type LazyScreen } from './lazy-screen';

export interface ScreenRoute extends ScreenInfo {
  icon: ReactNode;
  component: LazyScreen;
}

// Each screen is its own chunk: the first paint loads only the shell and the screen it lands on.
const screenParts: Record<ScreenId, Omit<ScreenRoute, keyof ScreenInfo>> = {
  today: {
    icon: <TodayIcon />,
    component: lazyScreen(() => import('../features/today/today-screen').then((m) => m.TodayScreen)),
  },
  planner: {
    icon: <PlannerIcon />,
    component: lazyScreen(() => import('../features/planner/planner-screen').then((m) => m.PlannerScreen)),
  },
  tasks: {
    icon: <TasksIcon />,
    component: lazyScreen(() => import('../features/tasks/tasks-screen').then((m) => m.TasksScreen)),
  },
  time: { icon: <TimeIcon />, component: lazyScreen(() => import('../features/time/time-screen').then((m) => m.TimeScreen)) },
  clients: {
    icon: <ClientsIcon />,
    component: lazyScreen(() => import('../features/clients/clients-screen').then((m) => m.ClientsScreen)),
  },
  projects: {
    icon: <ProjectsIcon />,
    component: lazyScreen(() => import('../features/projects/projects-screen').then((m) => m.ProjectsScreen)),
  },
  budgets: {
    icon: <BudgetsIcon />,
    component: lazyScreen(() => import('../features/budgets/budgets-screen').then((m) => m.BudgetsScreen)),
  },
  switching: {
    icon: <SwitchingIcon />,
    component: lazyScreen(() => import('../features/switching/switching-screen').then((m) => m.SwitchingScreen)),
  },
  updates: {
    icon: <UpdatesIcon />,
    component: lazyScreen(() => import('../features/updates/updates-screen').then((m) => m.UpdatesScreen)),
  },
  invoices: {
    icon: <InvoicesIcon />,
    component: lazyScreen(() => import('../features/invoices/invoices-screen').then((m) => m.InvoicesScreen)),
  },
  reports: {
    icon: <ReportsIcon />,
    component: lazyScreen(() => import('../features/reports/reports-screen').then((m) => m.ReportsScreen)),
  },
  'health-check': {
    icon: <HealthIcon />,
    component: lazyScreen(() => import('../features/health-check/health-check-screen').then((m) => m.HealthCheckScreen)),
  },
  backups: {
    icon: <BackupsIcon />,
    component: lazyScreen(() => import('../features/backups/backups-screen').then((m) => m.BackupsScreen)),
  },
  settings: {
    icon: <SettingsIcon />,
    component: lazyScreen(() => import('../features/settings/settings-screen').then((m) => m.SettingsScreen)),
  },
};

/** The screens in sidebar order, with their labels and shortcut keys from the shared list. */
export const screenRoutes: readonly ScreenRoute[] = SCREENS.map((screen) => ({ ...screen, ...screenParts[screen.id] }));

export function findRoute(id: string): ScreenRoute | undefined {
  return screenRoutes.find((route) => route.id === id);
}
