import { TASK_FILTERS, TASK_FILTER_LABELS } from '../../domain/tasks/task-filters';
import type { TaskFilter } from '../../domain/tasks/task-filters';

export interface TaskFilterBarProps {
  filter: TaskFilter;
  counts: Record<TaskFilter, number>;
  /** the inbox holds open tasks only: done ones leave it */
  offerDone: boolean;
  onFilter: (filter: TaskFilter) => void;
}

/** One filter at a time, each with how many tasks of this list it shows. */
export function TaskFilterBar({ filter, counts, offerDone, onFilter }: TaskFilterBarProps) {
  const filters = TASK_FILTERS.filter((candidate) => offerDone || candidate !== 'done');
  return (
    <div className="task-filters" role="group" aria-label="Show">
      {filters.map((candidate) => (
        <button
          key={candidate}
          type="button"
          className={`task-filter ${candidate === 'overdue' && counts.overdue > 0 ? 'has-overdue' : ''}`}
          aria-pressed={candidate === filter}
          onClick={() => onFilter(candidate)}
        >
          {TASK_FILTER_LABELS[candidate]} <span className="task-filter-count num">{counts[candidate]}</span>
        </button>
      ))}
    </div>
  );
}
