import { useDraggable } from '@dnd-kit/core';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import type { Project } from '../../domain/model/project';
import { TASK_STATUS_LABELS, type Task } from '../../domain/model/task';
import type { DayKey } from '../../domain/time/day-key';
import { IconButton } from '../ui/icon-button';
import { PlannerIcon, PlayIcon } from '../ui/icons';

export interface PlanTaskListProps {
  /** the card's heading: "Today's tasks" */
  title: string;
  tasks: readonly Task[];
  /** all matching tasks (the list may be cut short) */
  total: number;
  projects: ReadonlyMap<string, Project>;
  today: DayKey;
  onPlan: (task: Task) => void;
  onStart: (task: Task) => void;
  /** where the full list is */
  moreHref: string;
}

function DueBadge({ due, today }: { due: DayKey | undefined; today: DayKey }) {
  if (!due) return null;
  if (due < today) return <span className="badge badge-danger">Overdue · {formatDay(due, undefined, 'short')}</span>;
  if (due === today) return <span className="badge badge-warning">Due today</span>;
  return <span className="badge">Due {formatDay(due, undefined, 'short')}</span>;
}

function TaskItem({
  task,
  project,
  today,
  onPlan,
  onStart,
}: { task: Task; project: Project | undefined; today: DayKey } & Pick<PlanTaskListProps, 'onPlan' | 'onStart'>) {
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: `task:${task.id}`, data: { type: 'task', task } });
  return (
    <li ref={setNodeRef} {...listeners} className={`plan-task${isDragging ? ' is-dragging' : ''}`}>
      <span className="plan-task-title">{task.title}</span>
      <span className="plan-task-meta">
        {project ? <span className="plan-task-project">{project.code}</span> : <span className="muted">Inbox</span>}
        {task.estimateMinutes ? <span className="muted">{formatMinutes(task.estimateMinutes)}</span> : null}
        {task.status !== 'todo' ? <span className="badge badge-accent">{TASK_STATUS_LABELS[task.status]}</span> : null}
        <DueBadge due={task.due} today={today} />
      </span>
      <span className="plan-task-actions">
        <IconButton label={`Plan time for ${task.title}`} icon={<PlannerIcon />} onClick={() => onPlan(task)} />
        {task.projectId ? (
          <IconButton label={`Start timer: ${task.title}`} icon={<PlayIcon />} onClick={() => onStart(task)} />
        ) : null}
      </span>
    </li>
  );
}

/** Tasks to plan: drag one onto the grid, or press Plan to place it at the focused slot. */
export function PlanTaskList({ title, tasks, total, projects, today, onPlan, onStart, moreHref }: PlanTaskListProps) {
  return (
    <section className="card plan-tasks-card" aria-label={title}>
      <h2 className="plan-card-title">{title}</h2>
      {tasks.length === 0 ? (
        <p className="muted">
          Nothing due. Give tasks a due date on the <a href={moreHref}>Tasks</a> screen and they appear here to plan.
        </p>
      ) : (
        <ul className="plan-tasks">
          {tasks.map((task) => (
            <TaskItem
              key={task.id}
              task={task}
              project={task.projectId ? projects.get(task.projectId) : undefined}
              today={today}
              onPlan={onPlan}
              onStart={onStart}
            />
          ))}
        </ul>
      )}
      {total > tasks.length ? (
        <a className="plan-tasks-more" href={moreHref}>
          {total - tasks.length} more in Tasks
        </a>
      ) : null}
    </section>
  );
}
