import { BLOCK_KIND_LABELS } from '../../domain/model/time-block';
import type { BlockKind } from '../../domain/model/time-block';
import type { Project } from '../../domain/model/project';
import { spanText } from '../../domain/plan/grid';
import type { Span } from '../../domain/plan/grid';
import { formatDay } from '../../domain/format/format-day';
import type { DayKey } from '../../domain/time/day-key';

// Words for blocks: the same text names a block on screen, to screen readers and in dialogs.

export const projectLabel = (project: Project | undefined): string => (project ? `${project.code} ${project.name}` : '');

/**
 * 'Write sitemap', or the project, or the kind when the block has neither. A title that repeats
 * its kind ('Deep work: Website') is shown without it: the kind is always written beside it.
 */
export function blockTitle(block: { title: string; kind: BlockKind }, project: Project | undefined): string {
  const prefix = `${BLOCK_KIND_LABELS[block.kind]}: `.toLowerCase();
  const title = block.title.toLowerCase().startsWith(prefix) ? block.title.slice(prefix.length) : block.title;
  return title || projectLabel(project) || BLOCK_KIND_LABELS[block.kind];
}

/** 'Deep work: Write sitemap' */
export function kindAndTitle(block: { title: string; kind: BlockKind }, project: Project | undefined): string {
  return `${BLOCK_KIND_LABELS[block.kind]}: ${blockTitle(block, project)}`;
}

/** 'Deep work: Write sitemap, 09:00–10:30' — a block's accessible name. */
export function blockName(block: Span & { title: string; kind: BlockKind }, project: Project | undefined): string {
  return `${kindAndTitle(block, project)}, ${spanText(block)}`;
}

/** 'Tuesday, 3 March' for column and cell names. */
export const dayName = (day: DayKey): string => formatDay(day, undefined, 'long').replace(/,? \d{4}$/, '');

/** The timer needs a project; breaks are not timed. */
export const canStartTimer = (block: { kind: BlockKind; projectId?: string | undefined }): boolean =>
  block.kind !== 'break' && block.projectId !== undefined;
