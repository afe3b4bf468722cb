import type { Project } from '../../domain/model/project';
import type { Task } from '../../domain/model/task';
import type { TimeBlock } from '../../domain/model/time-block';
import { layoutLanes, overlapsOf, type Lane, type PlanBlock } from '../../domain/plan/overlap';
import type { DayKey } from '../../domain/time/day-key';
import type { FeedMeeting } from '../calendar-feeds/feed-meetings';
import { blockName } from './labels';

// A block with what the grid shows about it, worked out once per render of the grid.

export interface BlockView {
  block: TimeBlock;
  project: Project | undefined;
  taskTitles: string[];
  /** names of the blocks it overlaps */
  overlaps: string[];
  lane: Lane;
}

/** A read-only meeting from a calendar feed and its lane. */
export interface MeetingView {
  meeting: FeedMeeting;
  lane: Lane;
}

/** One day's lanes over its blocks and the read-only meetings beside them, so neither covers the other. */
export function dayLanes(blocks: readonly PlanBlock[], meetings: readonly PlanBlock[], day: DayKey): Map<string, Lane> {
  return layoutLanes([...blocks, ...meetings].filter((item) => item.day === day));
}

export function blockViews(
  blocks: readonly TimeBlock[],
  projects: ReadonlyMap<string, Project>,
  linkedTasks: ReadonlyMap<string, Task>,
  meetings: readonly PlanBlock[] = [],
): Map<DayKey, BlockView[]> {
  const projectOf = (block: TimeBlock) => (block.projectId ? projects.get(block.projectId) : undefined);
  const byDay = new Map<DayKey, TimeBlock[]>();
  for (const block of blocks) byDay.set(block.day, [...(byDay.get(block.day) ?? []), block]);
  const views = new Map<DayKey, BlockView[]>();
  for (const [day, dayBlocks] of byDay) {
    const lanes = dayLanes(dayBlocks, meetings, day);
    const sorted = [...dayBlocks].sort((a, b) => a.startMinute - b.startMinute || a.endMinute - b.endMinute);
    views.set(
      day,
      sorted.map((block) => ({
        block,
        project: projectOf(block),
        taskTitles: block.taskIds.flatMap((id) => linkedTasks.get(id)?.title ?? []),
        overlaps: overlapsOf(dayBlocks, block).map((other) => blockName(other, projectOf(other))),
        lane: lanes.get(block.id) ?? { lane: 0, lanes: 1 },
      })),
    );
  }
  return views;
}

export function meetingViews(meetings: readonly FeedMeeting[], blocks: readonly PlanBlock[]): Map<DayKey, MeetingView[]> {
  const views = new Map<DayKey, MeetingView[]>();
  for (const day of new Set(meetings.map((meeting) => meeting.day))) {
    const lanes = dayLanes(blocks, meetings, day);
    views.set(
      day,
      meetings.filter((meeting) => meeting.day === day).map((meeting) => ({ meeting, lane: lanes.get(meeting.id) ?? { lane: 0, lanes: 1 } })),
    );
  }
  return views;
}
