// Inline stroke icons (16px, currentColor) so the app ships no icon font and needs no network.
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const TodayIcon = () => (
  <Icon>
    <rect x="2.5" y="3.5" width="11" height="10" rx="1.5" />
    <path d="M2.5 6.5h11M5.5 2v3M10.5 2v3" />
  </Icon>
);
export const TimeIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="5.5" />
    <path d="M8 5v3l2 1.5" />
  </Icon>
);
export const ClientsIcon = () => (
  <Icon>
    <circle cx="6" cy="6" r="2.5" />
    <path d="M1.5 13.5c.5-2.5 2.3-3.5 4.5-3.5s4 1 4.5 3.5M11 3.5a2.5 2.5 0 0 1 0 5M12.5 10.5c1 .5 1.8 1.5 2 3" />
  </Icon>
);
export const ProjectsIcon = () => (
  <Icon>
    <path d="M2 4.5h4.5l1.5 1.5h6v7H2z" />
  </Icon>
);
export const SettingsIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="2" />
    <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" />
  </Icon>
);
export const SearchIcon = () => (
  <Icon>
    <circle cx="7" cy="7" r="4.5" />
    <path d="M10.5 10.5 14 14" />
  </Icon>
);
export const PlayIcon = () => (
  <Icon>
    <path d="M5 3.5v9l7-4.5z" />
  </Icon>
);
export const StopIcon = () => (
  <Icon>
    <rect x="4" y="4" width="8" height="8" rx="1" />
  </Icon>
);
export const PlusIcon = () => (
  <Icon>
    <path d="M8 3v10M3 8h10" />
  </Icon>
);
export const TrashIcon = () => (
  <Icon>
    <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.5 9h6l.5-9" />
  </Icon>
);
export const BudgetsIcon = () => (
  <Icon>
    <path d="M2.5 13.5h11M4 11V8M7 11V5M10 11V7M13 11V3.5" />
  </Icon>
);
export const PlannerIcon = () => (
  <Icon>
    <rect x="2.5" y="3" width="11" height="10.5" rx="1.5" />
    <path d="M6.2 3v10.5M9.8 3v10.5M2.5 6.5h11" />
  </Icon>
);
export const TasksIcon = () => (
  <Icon>
    <path d="M2.5 4.5l1.2 1.2 2-2.2M2.5 10.5l1.2 1.2 2-2.2M8 4.5h5.5M8 10.5h5.5" />
  </Icon>
);
export const SwitchingIcon = () => (
  <Icon>
    <path d="M2.5 5h9l-2-2M13.5 11h-9l2 2" />
  </Icon>
);
export const BackupsIcon = () => (
  <Icon>
    <path d="M8 2.5v7M5 6.5l3 3 3-3M2.5 10.5v2.5h11v-2.5" />
  </Icon>
);
export const UpdatesIcon = () => (
  <Icon>
    <path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" />
  </Icon>
);
export const ReportsIcon = () => (
  <Icon>
    <path d="M4 1.5h5.5l3 3v10h-8.5zM9.5 1.5v3h3M6 8.5h4.5M6 11h4.5" />
  </Icon>
);
export const InvoicesIcon = () => (
  <Icon>
    <path d="M3.5 1.5h9v13l-1.5-1-1.5 1-1.5-1-1.5 1-1.5-1-1.5 1zM6 5h4M6 7.5h4M6 10h2.5" />
  </Icon>
);
export const HealthIcon = () => (
  <Icon>
    <path d="M1.5 8h3l1.5-3.5 2.5 7 1.5-3.5h4.5" />
  </Icon>
);
