import { useDraggable } from '@dnd-kit/core';
import { BLOCK_KIND_LABELS } from '../../domain/model/time-block';
import type { TimeBlock } from '../../domain/model/time-block';
import { spanLength, spanText, type Span } from '../../domain/plan/grid';
import { PlayIcon } from '../ui/icons';
import { blockTitle, blockName } from './labels';
import type { BlockView } from './block-view';

export interface GridBlockProps {
  view: BlockView;
  range: Span;
  pxPerMinute: number;
  hintId: string;
  dragging: boolean;
  onKeyDown: (block: TimeBlock, event: React.KeyboardEvent<HTMLElement>) => void;
  onEdit: (block: TimeBlock) => void;
  onStart: ((block: TimeBlock) => void) | undefined;
}

/** One planned block: drag it to move, drag its top or bottom edge to resize, focus it for the keys. */
export function GridBlock({ view, range, pxPerMinute, hintId, dragging, onKeyDown, onEdit, onStart }: GridBlockProps) {
  const { block, project, taskTitles, overlaps, lane } = view;
  const move = useDraggable({ id: `block:${block.id}`, data: { type: 'block', block } });
  const top = useDraggable({ id: `block-start:${block.id}`, data: { type: 'resize-start', block } });
  const bottom = useDraggable({ id: `block-end:${block.id}`, data: { type: 'resize-end', block } });
  const name = blockName(block, project);
  // Shown only when the title is not already the project's: then the name says it too.
  const code = project && block.title ? project.code : undefined;
  const height = spanLength(block) * pxPerMinute;
  const noteId = `block-note-${block.id}`;
  const notes = [
    project ? `Project ${project.code} ${project.name}` : '',
    taskTitles.length > 0 ? `Tasks: ${taskTitles.join(', ')}` : '',
    overlaps.length > 0 ? `Overlaps ${overlaps.join('; ')}` : '',
  ].filter(Boolean);
  const size = height < 30 ? 'is-tiny' : height < 56 ? 'is-short' : '';

  return (
    <div
      className={`dg-block kind-${block.kind} ${size}${overlaps.length > 0 ? ' has-overlap' : ''}${dragging ? ' is-dragging' : ''}`}
      data-block-id={block.id}
      style={{
        top: (block.startMinute - range.startMinute) * pxPerMinute,
        height,
        left: `${(lane.lane / lane.lanes) * 100}%`,
        width: `${100 / lane.lanes}%`,
      }}
    >
      <div
        ref={move.setNodeRef}
        {...move.listeners}
        role="button"
        tabIndex={0}
        aria-label={code ? `${name}, ${code}` : name}
        aria-describedby={`${noteId} ${hintId}`}
        className="dg-block-body"
        onKeyDown={(event) => onKeyDown(block, event)}
        onDoubleClick={() => onEdit(block)}
      >
        {/* In the order of the name (WCAG 2.5.3, label in name); CSS puts the time on the kind's line. */}
        <span className="dg-block-kind">{BLOCK_KIND_LABELS[block.kind]}</span>{' '}
        <span className="dg-block-title">{blockTitle(block, project)}</span>{' '}
        <span className="dg-block-time">{spanText(block)}</span>
        {code ? (
          <>
            {' '}
            <span className="dg-block-project">{code}</span>
          </>
        ) : null}
        <span id={noteId} className="visually-hidden">
          {notes.join('. ')}
        </span>
      </div>
      {overlaps.length > 0 ? (
        <span className="dg-block-flag" aria-hidden="true" title={`Overlaps ${overlaps.join('; ')}`}>
          Overlap
        </span>
      ) : null}
      {onStart ? (
        // Keyboard users press T on the block (or use the dialog); one tab stop per block is enough.
        <button
          type="button"
          tabIndex={-1}
          className="dg-block-start"
          aria-label={`Start timer: ${name}`}
          title="Start timer"
          onClick={() => onStart(block)}
        >
          <PlayIcon />
        </button>
      ) : null}
      <div ref={top.setNodeRef} {...top.listeners} className="dg-resize dg-resize-start" aria-hidden="true" />
      <div ref={bottom.setNodeRef} {...bottom.listeners} className="dg-resize dg-resize-end" aria-hidden="true" />
    </div>
  );
}
