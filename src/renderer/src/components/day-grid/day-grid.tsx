import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { DndContext, DragOverlay, pointerWithin } from '@dnd-kit/core';
import type { Project } from '../../domain/model/project';
import type { RunningTimer } from '../../domain/model/running-timer';
import type { Settings } from '../../domain/model/settings';
import type { Task } from '../../domain/model/task';
import type { TimeBlock } from '../../domain/model/time-block';
import { boardSpans, type LoggedEntry } from '../../domain/plan/actual';
import { SLOT_MINUTES, gridRange, slotOf } from '../../domain/plan/grid';
import type { DayKey } from '../../domain/time/day-key';
import { minuteOfDay } from '../../domain/time/wall-clock';
import { useNow } from '../../stores/use-clock';
import type { FeedMeeting, FeedMeetings } from '../calendar-feeds/feed-meetings';
import type { ProjectOptionGroup } from '../ui/project-options';
import { blockViews, meetingViews } from './block-view';
import { kindAndTitle } from './labels';
import { DayColumns } from './day-columns';
import { GridDialogs, type DialogState } from './grid-dialogs';
import { GridHead } from './grid-head';
import { FeedLegend } from './feed-legend';
import { ActualLegend, KeyHint } from './key-hint';
import { SlotGrid, type SlotFocus } from './slot-grid';
import { TimeAxis } from './time-axis';
import type { DayGridActions } from './types';
import { useBlockKeys } from './use-block-keys';
import { useGridDrag } from './use-grid-drag';
import { useGridWrites } from './use-grid-writes';
import { PlanTaskList } from './plan-task-list';
import { draftAt, draftForTask } from './drafts';
import './day-grid.css';

/** What the grid shows (the Today and Planner queries' result fits). */
export interface GridBoard {
  days: readonly DayKey[];
  blocks: readonly TimeBlock[];
  entries: readonly LoggedEntry[];
  timer: RunningTimer | undefined;
  projects: ReadonlyMap<string, Project>;
  /** tasks linked to the blocks */
  linkedTasks: ReadonlyMap<string, Task>;
  /** the task list beside the grid, and how many there are in all */
  tasks: readonly Task[];
  taskCount: number;
  settings: Pick<Settings, 'workStartMinute' | 'workEndMinute'>;
}

export interface DayGridProps {
  variant: 'day' | 'week';
  board: GridBoard;
  today: DayKey;
  /** the project picker's options (loaded separately; the grid works before they arrive) */
  projectGroups: readonly ProjectOptionGroup[];
  tasksTitle: string;
  tasksHref: string;
  /** cards above the task list (timer, deep-work progress) */
  aside?: ReactNode;
  actions: DayGridActions;
  /** bumped by the screen (palette: New block) to add a block at the focused slot */
  newBlockRequest?: number;
  /** read-only meetings from calendar feeds, drawn beside the blocks and counted as planned */
  feeds?: FeedMeetings;
}

/** A quarter hour is 20 px tall: a 30-minute block fits two lines, a working day about 700 px. */
const SLOT_PX = 20;
const NO_MEETINGS: readonly FeedMeeting[] = [];
const PX_PER_MINUTE = SLOT_PX / SLOT_MINUTES;
// dnd-kit's announcements name items by internal id; keyboard users have the grid's own keys instead.
const SILENT = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

/** The planner grid for one day or a week: blocks over 15-minute slots, logged time beside them. */
export function DayGrid(props: DayGridProps) {
  const { variant, board, today, actions } = props;
  const { days, projects, linkedTasks } = board;
  const hintId = useId();
  const canvasRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const now = useNow();
  const writes = useGridWrites(board.blocks, projects, actions);
  const meetings = props.feeds?.meetings ?? NO_MEETINGS;
  const spans = useMemo(() => boardSpans(board.entries, board.timer, days, now), [board.entries, board.timer, days, now]);
  const { workStartMinute, workEndMinute } = board.settings;
  const range = useMemo(
    () => gridRange(workStartMinute, workEndMinute, [...writes.shown, ...meetings, ...spans]),
    [workStartMinute, workEndMinute, writes.shown, meetings, spans],
  );
  const views = useMemo(() => blockViews(writes.shown, projects, linkedTasks, meetings), [writes.shown, projects, linkedTasks, meetings]);
  const meetingsByDay = useMemo(() => meetingViews(meetings, writes.shown), [meetings, writes.shown]);
  const nowMinute = minuteOfDay(now);
  const [focus, setFocus] = useState<SlotFocus>(() => ({ dayIndex: Math.max(0, days.indexOf(today)), minute: nowMinute }));
  const [focusRequest, setFocusRequest] = useState(0);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const focusedDay = days[Math.min(days.length - 1, Math.max(0, focus.dayIndex))] ?? today;
  const focusedMinute = slotOf(focus.minute, range);

  const keys = useBlockKeys({
    days,
    rootRef,
    writes,
    actions,
    openEdit: (block) => setDialog({ mode: 'edit', block }),
    focusSlot: (day, minute) => {
      setFocus({ dayIndex: Math.max(0, days.indexOf(day)), minute });
      setFocusRequest((count) => count + 1);
    },
  });

  const drag = useGridDrag(canvasRef, range, PX_PER_MINUTE, {
    onPlace: (target) => {
      const block = writes.shown.find((candidate) => candidate.id === target.blockId);
      if (block) void writes.place(block, target);
    },
    onDraw: (target) =>
      setDialog({ mode: 'create', draft: draftAt(target.day, target.startMinute, target.endMinute - target.startMinute) }),
    onDropTask: (task, target) => void writes.createFromTask(task, draftForTask(task, target)),
  });

  useEffect(() => {
    if (props.newBlockRequest) setDialog({ mode: 'create', draft: draftAt(focusedDay, focusedMinute) });
    // Only a new request opens the dialog, not a change of the focused slot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.newBlockRequest]);

  // Stable callbacks keep the slot grid (hundreds of cells) from redrawing on every drag move.
  const coverOf = useCallback(
    (day: DayKey, minute: number) =>
      views
        .get(day)
        ?.filter(({ block }) => block.startMinute <= minute && block.endMinute > minute)
        .map(({ block, project }) => kindAndTitle(block, project))
        .join('; ') || undefined,
    [views],
  );
  const newAt = useCallback((day: DayKey, minute: number) => setDialog({ mode: 'create', draft: draftAt(day, minute) }), []);

  return (
    <DndContext
      sensors={drag.sensors}
      collisionDetection={pointerWithin}
      onDragStart={drag.onDragStart}
      onDragMove={drag.onDragMove}
      onDragEnd={drag.onDragEnd}
      onDragCancel={drag.onDragCancel}
      accessibility={{ announcements: SILENT, screenReaderInstructions: { draggable: '' } }}
      // Scroll only when the pointer is close to the edge: a drag to the last visible hour stays put.
      autoScroll={{ threshold: { x: 0, y: 0.06 } }}
    >
      <div ref={rootRef} className={`day-grid-layout is-${variant}`}>
        <div className="day-grid-main">
          {board.blocks.length === 0 && meetings.length === 0 ? (
            <p className="dg-empty">
              Nothing planned {variant === 'day' ? 'for this day' : 'this week'} yet. Drag across empty time to block it, focus a
              slot and press <kbd>N</kbd>, or drag a task from the list onto the grid.
            </p>
          ) : null}
          <div className="day-grid">
            <GridHead days={days} blocks={[...writes.shown, ...meetings]} today={today} variant={variant} />
            <div className="dg-body">
              <TimeAxis range={range} pxPerMinute={PX_PER_MINUTE} />
              <div
                ref={canvasRef}
                className="dg-canvas"
                style={{ height: (range.endMinute - range.startMinute) * PX_PER_MINUTE }}
              >
                <SlotGrid
                  days={days}
                  range={range}
                  focus={focus}
                  onFocusChange={setFocus}
                  onNewAt={newAt}
                  coverOf={coverOf}
                  hintId={hintId}
                  focusRequest={focusRequest}
                />
                <DayColumns
                  days={days}
                  views={views}
                  meetings={meetingsByDay}
                  spans={spans}
                  projects={projects}
                  range={range}
                  pxPerMinute={PX_PER_MINUTE}
                  hintId={hintId}
                  variant={variant}
                  preview={drag.preview}
                  draggingId={drag.active && 'block' in drag.active ? drag.active.block.id : undefined}
                  today={today}
                  nowMinute={nowMinute}
                  onBlockKeyDown={keys.onKeyDown}
                  onEdit={(block) => setDialog({ mode: 'edit', block })}
                  onStart={writes.startBlock}
                />
              </div>
            </div>
          </div>
          <KeyHint id={hintId} />
          <ActualLegend />
          {props.feeds ? <FeedLegend feeds={props.feeds} /> : null}
        </div>
        <div className="day-grid-aside">
          {props.aside}
          <PlanTaskList
            title={props.tasksTitle}
            tasks={board.tasks}
            total={board.taskCount}
            projects={projects}
            today={today}
            moreHref={props.tasksHref}
            onStart={writes.startTask}
            onPlan={(task) =>
              setDialog({
                mode: 'create',
                draft: draftForTask(task, { day: focusedDay, startMinute: focusedMinute }),
                taskTitles: [task.title],
              })
            }
          />
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {drag.active?.type === 'task' ? <div className="plan-task-ghost">{drag.active.task.title}</div> : null}
      </DragOverlay>
      <GridDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        writes={writes}
        actions={actions}
        projects={projects}
        linkedTasks={linkedTasks}
        projectGroups={props.projectGroups}
        onSaved={keys.refocus}
      />
      {writes.guardDialog}
    </DndContext>
  );
}
