import { useSortable } from '@dnd-kit/sortable';
import { IconButton } from '../../components/ui/icon-button';
import { PlayIcon, TrashIcon } from '../../components/ui/icons';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import { HAT_SHORT_LABELS } from '../../domain/model/hat';
import { ASSIGNEE_ME, TASK_STATUSES, TASK_STATUS_LABELS } from '../../domain/model/task';
import type { Task, TaskStatus } from '../../domain/model/task';
import type { Teammate } from '../../domain/model/teammate';
import { oneOf } from '../../domain/parse/form-reader';
import { dueState } from '../../domain/tasks/task-filters';
import type { DayKey } from '../../domain/time/day-key';
import { assigneeName, STATUS_CLASSES } from './labels';

const readStatus = oneOf(TASK_STATUSES);

export interface TaskRowProps {
  task: Task;
  today: DayKey;
  teammates: ReadonlyMap<string, Teammate>;
  timing: boolean;
  onStatus: (task: Task, status: TaskStatus) => void;
  onEdit: (task: Task) => void;
  onStart: (task: Task) => void;
  onDelete: (task: Task) => void;
  /** Alt+ArrowUp / Alt+ArrowDown anywhere in the row but the status menu (Alt+Down opens a menu) */
  onMoveKey: (task: Task, direction: -1 | 1, part: string | null) => void;
}

function GripIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" focusable="false">
      {[4, 8, 12].flatMap((y) => [6, 10].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.2" />))}
    </svg>
  );
}

function DueBadge({ task, today }: { task: Task; today: DayKey }) {
  if (task.due === undefined) return null;
  const state = dueState(task, today);
  const text = formatDay(task.due, undefined, 'short');
  const tone = state === 'overdue' ? 'badge-danger' : state === 'today' ? 'badge-warning' : '';
  const said = state === 'overdue' ? `Overdue, due ${text}` : state === 'today' ? `Due today` : `Due ${text}`;
  return (
    <span className={`badge ${tone} task-due`} title={said}>
      <span className="visually-hidden">{said}</span>
      <span aria-hidden="true">{state === 'today' ? 'Today' : text}</span>
    </span>
  );
}

/** One task: drag handle, status, title (opens the editor), what it carries, Start and Delete. */
export function TaskRow({ task, today, teammates, timing, onStatus, onEdit, onStart, onDelete, onMoveKey }: TaskRowProps) {
  const sortable = useSortable({ id: task.id });
  // Translate only: a scale would squash rows of different heights while dragging.
  const shift = sortable.transform;
  const style = { transform: shift ? `translate3d(${shift.x}px, ${shift.y}px, 0)` : undefined, transition: sortable.transition };
  const done = task.status === 'done';

  function onKeyDown(event: React.KeyboardEvent<HTMLLIElement>) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target instanceof HTMLSelectElement) return;
    event.preventDefault();
    const part = event.target instanceof HTMLElement ? (event.target.dataset.part ?? null) : null;
    onMoveKey(task, event.key === 'ArrowUp' ? -1 : 1, part);
  }

  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      className={`task-row ${done ? 'is-done' : ''} ${sortable.isDragging ? 'is-dragging' : ''}`}
      data-task-id={task.id}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="task-handle"
        data-part="handle"
        {...sortable.attributes}
        {...sortable.listeners}
        aria-label={`Move ${task.title}`}
      >
        <GripIcon />
      </button>
      <select
        className={`input task-status ${STATUS_CLASSES[task.status]}`}
        aria-label={`Status of ${task.title}`}
        value={task.status}
        onChange={(event) => {
          const status = readStatus(event.target.value);
          if (status) onStatus(task, status);
        }}
      >
        {TASK_STATUSES.map((status) => (
          <option key={status} value={status}>
            {TASK_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      <div className="task-main">
        <button type="button" className="task-title" data-part="title" onClick={() => onEdit(task)}>
          {task.title}
        </button>
        {task.notes ? <span className="task-notes muted">{task.notes.split('\n')[0]}</span> : null}
      </div>
      <div className="task-meta">
        {task.assignee !== ASSIGNEE_ME ? (
          <span className="badge badge-accent" title="Assigned to">
            <span className="visually-hidden">Assigned to</span> {assigneeName(task.assignee, teammates)}
          </span>
        ) : null}
        <span className="task-hat">{HAT_SHORT_LABELS[task.hat]}</span>
        <span className="task-estimate num">
          {task.estimateMinutes !== undefined ? (
            <>
              <span className="visually-hidden">Estimate</span> {formatMinutes(task.estimateMinutes)}
            </>
          ) : null}
        </span>
        <span className="task-due-cell">
          <DueBadge task={task} today={today} />
        </span>
      </div>
      <div className="task-actions">
        {timing ? (
          <span className="badge badge-success">Timing</span>
        ) : (
          <IconButton
            label={`Start timer on ${task.title}`}
            icon={<PlayIcon />}
            data-part="start"
            onClick={() => onStart(task)}
          />
        )}
        <IconButton label={`Delete ${task.title}`} icon={<TrashIcon />} data-part="delete" onClick={() => onDelete(task)} />
      </div>
    </li>
  );
}
