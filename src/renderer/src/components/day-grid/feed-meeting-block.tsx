import { BLOCK_KIND_LABELS } from '../../domain/model/time-block';
import { spanLength, spanText, type Span } from '../../domain/plan/grid';
import type { MeetingView } from './block-view';
import { blockName } from './labels';

export interface FeedMeetingBlockProps {
  view: MeetingView;
  range: Span;
  pxPerMinute: number;
}

/** A meeting from a calendar feed: drawn like a meeting block, marked with its feed, never moved or edited here. */
export function FeedMeetingBlock({ view, range, pxPerMinute }: FeedMeetingBlockProps) {
  const { meeting, lane } = view;
  const height = spanLength(meeting) * pxPerMinute;
  const size = height < 30 ? 'is-tiny' : height < 56 ? 'is-short' : '';
  return (
    <div
      className={`dg-block dg-feed-block feed-colour-${meeting.colour} ${size}`}
      data-feed-meeting={meeting.id}
      style={{
        top: (meeting.startMinute - range.startMinute) * pxPerMinute,
        height,
        left: `${(lane.lane / lane.lanes) * 100}%`,
        width: `${100 / lane.lanes}%`,
      }}
    >
      {/* Focusable so keyboard and screen-reader users meet it in the grid; nothing to press. */}
      <div
        role="article"
        tabIndex={0}
        className="dg-block-body"
        aria-label={`${blockName(meeting, undefined)}, from ${meeting.feedName} (read-only)`}
        title={`From the calendar feed ${meeting.feedName}: change it in that calendar`}
      >
        {/* The name's order, as on planned blocks (CSS puts the time on the kind's line). */}
        <span className="dg-block-kind">{BLOCK_KIND_LABELS.meeting}</span>{' '}
        <span className="dg-block-title">{meeting.title || BLOCK_KIND_LABELS.meeting}</span>{' '}
        <span className="dg-block-time">{spanText(meeting)}</span>{' '}
        <span className="dg-feed-name">
          <span className="feed-swatch" aria-hidden="true" />
          {meeting.feedName}
        </span>
      </div>
    </div>
  );
}
