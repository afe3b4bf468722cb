import { create } from 'zustand';
import type { TaskFilter } from '../../domain/tasks/task-filters';

// The chosen filter outlives a switch of list, so "overdue" can be checked list after list.
interface TaskFilterState {
  filter: TaskFilter;
  setFilter: (filter: TaskFilter) => void;
}

export const useTaskFilter = create<TaskFilterState>()((set) => ({
  filter: 'open',
  setFilter: (filter) => set({ filter }),
}));
