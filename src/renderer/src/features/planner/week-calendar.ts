import { exportBlocksToIcs, type IcsEventText } from '../../domain/calendar/ics-export';
import { formatDay } from '../../domain/format/format-day';
import { BLOCK_KIND_LABELS, type TimeBlock } from '../../domain/model/time-block';
import type { PlanBoard } from '../../db/queries/plan-board';

// The shown week as an .ics file: each block named by its title, or by its kind and project.

function describeBlock(board: PlanBoard, block: TimeBlock): IcsEventText {
  const kind = BLOCK_KIND_LABELS[block.kind];
  const project = block.projectId ? board.projects.get(block.projectId) : undefined;
  const tasks = block.taskIds.flatMap((id) => board.linkedTasks.get(id)?.title ?? []);
  const summary = block.title || [kind, project?.name].filter(Boolean).join(' · ');
  const description = [
    block.title ? kind : null,
    project ? `Project: ${project.name} (${project.code})` : null,
    tasks.length > 0 ? `Tasks: ${tasks.join('; ')}` : null,
  ].filter((line): line is string => line !== null);
  return description.length > 0 ? { summary, description: description.join('\n') } : { summary };
}

export function weekFileName(board: PlanBoard): string {
  return `tandem-week-${board.from}.ics`;
}

export function weekCalendar(board: PlanBoard, now: Date): string {
  return exportBlocksToIcs(board.blocks, {
    now,
    calendarName: `Tandem plan ${formatDay(board.from, undefined, 'short')} – ${formatDay(board.to, undefined, 'medium')}`,
    describe: (block) => describeBlock(board, block),
  });
}
