import { useDroppable } from '@dnd-kit/core';
import { BLOCK_KIND_LABELS } from '../../domain/model/time-block';
import type { Project } from '../../domain/model/project';
import type { TimeBlock } from '../../domain/model/time-block';
import type { ActualSpan } from '../../domain/plan/actual';
import { spanLength, spanText, type Span } from '../../domain/plan/grid';
import type { DayKey } from '../../domain/time/day-key';
import { ActualBars } from './actual-bars';
import type { BlockView, MeetingView } from './block-view';
import type { DropTarget } from './drag-data';
import { FeedMeetingBlock } from './feed-meeting-block';
import { GridBlock } from './grid-block';
import { canStartTimer, dayName } from './labels';

export interface DayColumnProps {
  day: DayKey;
  views: readonly BlockView[];
  /** read-only meetings from calendar feeds */
  meetings: readonly MeetingView[];
  spans: readonly ActualSpan[];
  projects: ReadonlyMap<string, Project>;
  range: Span;
  pxPerMinute: number;
  hintId: string;
  wideActual: boolean;
  preview: DropTarget | null;
  draggingId: string | undefined;
  /** the now-line's minute when this column is today */
  nowMinute: number | undefined;
  onBlockKeyDown: (block: TimeBlock, event: React.KeyboardEvent<HTMLElement>) => void;
  onEdit: (block: TimeBlock) => void;
  onStart: (block: TimeBlock) => void;
}

/** One day: its blocks (a drop target for moves and tasks), its logged time, the drag preview and now. */
export function DayColumn(props: DayColumnProps) {
  const { day, views, meetings, spans, projects, range, pxPerMinute, preview, nowMinute } = props;
  const { setNodeRef, isOver } = useDroppable({ id: `day:${day}`, data: { day } });
  const label = dayName(day);
  const inRange = (minute: number) => minute >= range.startMinute && minute <= range.endMinute;

  return (
    <div ref={setNodeRef} className={`dg-column${isOver ? ' is-over' : ''}`} role="group" aria-label={`Blocks on ${label}`}>
      <div className="dg-plan">
        {views.map((view) => (
          <GridBlock
            key={view.block.id}
            view={view}
            range={range}
            pxPerMinute={pxPerMinute}
            hintId={props.hintId}
            dragging={props.draggingId === view.block.id}
            onKeyDown={props.onBlockKeyDown}
            onEdit={props.onEdit}
            onStart={canStartTimer(view.block) ? props.onStart : undefined}
          />
        ))}
        {meetings.map((view) => (
          <FeedMeetingBlock key={view.meeting.id} view={view} range={range} pxPerMinute={pxPerMinute} />
        ))}
        {preview && preview.day === day ? (
          <div
            className={`dg-preview kind-${preview.kind}`}
            style={{ top: (preview.startMinute - range.startMinute) * pxPerMinute, height: spanLength(preview) * pxPerMinute }}
            aria-hidden="true"
          >
            {BLOCK_KIND_LABELS[preview.kind]} {spanText(preview)}
          </div>
        ) : null}
      </div>
      <ActualBars
        spans={spans}
        range={range}
        pxPerMinute={pxPerMinute}
        projects={projects}
        dayLabel={label}
        wide={props.wideActual}
      />
      {nowMinute !== undefined && inRange(nowMinute) ? (
        <div className="dg-now" style={{ top: (nowMinute - range.startMinute) * pxPerMinute }} aria-hidden="true" />
      ) : null}
    </div>
  );
}

export interface DayColumnsProps extends Omit<DayColumnProps, 'day' | 'views' | 'meetings' | 'spans' | 'nowMinute' | 'wideActual'> {
  days: readonly DayKey[];
  views: ReadonlyMap<DayKey, readonly BlockView[]>;
  meetings: ReadonlyMap<DayKey, readonly MeetingView[]>;
  spans: readonly ActualSpan[];
  variant: 'day' | 'week';
  today: DayKey;
  nowMinute: number;
}

/** The day columns laid over the slots (which take the pointer where no block is). */
export function DayColumns({ days, views, meetings, spans, variant, today, nowMinute, ...shared }: DayColumnsProps) {
  return (
    <div className="dg-columns" style={{ gridTemplateColumns: `repeat(${days.length}, minmax(0, 1fr))` }}>
      {days.map((day) => (
        <DayColumn
          key={day}
          {...shared}
          day={day}
          views={views.get(day) ?? []}
          meetings={meetings.get(day) ?? []}
          spans={spans.filter((span) => span.day === day)}
          wideActual={variant === 'day'}
          nowMinute={day === today ? nowMinute : undefined}
        />
      ))}
    </div>
  );
}
