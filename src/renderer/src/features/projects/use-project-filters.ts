import { create } from 'zustand';
import type { ProjectStatus } from '../../domain/model/project';

/** 'open' is active and planned work: what the list shows until the user asks for more. */
export type StatusFilter = 'open' | ProjectStatus | 'all';

export interface ProjectFilters {
  /** '' means every client */
  clientId: string;
  status: StatusFilter;
  showArchived: boolean;
}

export const DEFAULT_PROJECT_FILTERS: ProjectFilters = { clientId: '', status: 'open', showArchived: false };

interface ProjectFiltersState extends ProjectFilters {
  setFilters: (patch: Partial<ProjectFilters>) => void;
  reset: () => void;
}

// Kept outside the component so the filters survive opening a project and coming back.
export const useProjectFilters = create<ProjectFiltersState>()((set) => ({
  ...DEFAULT_PROJECT_FILTERS,
  setFilters: (patch) => set(patch),
  reset: () => set(DEFAULT_PROJECT_FILTERS),
}));

export function isDefaultFilters(filters: ProjectFilters): boolean {
  return (
    filters.clientId === DEFAULT_PROJECT_FILTERS.clientId &&
    filters.status === DEFAULT_PROJECT_FILTERS.status &&
    filters.showArchived === DEFAULT_PROJECT_FILTERS.showArchived
  );
}
