import { formatMinutes } from '../../domain/format/format-duration';
import { formatDay } from '../../domain/format/format-day';
import { spanLength } from '../../domain/plan/grid';
import type { PlanBlock } from '../../domain/plan/overlap';
import type { DayKey } from '../../domain/time/day-key';

export interface GridHeadProps {
  days: readonly DayKey[];
  /** the plan's blocks and the feeds' meetings: both count as planned */
  blocks: readonly PlanBlock[];
  today: DayKey;
  variant: 'day' | 'week';
}

/** Column captions: Plan and Logged for one day; each day with its planned working time for a week. */
export function GridHead({ days, blocks, today, variant }: GridHeadProps) {
  if (variant === 'day') {
    return (
      <div className="dg-head is-day" aria-hidden="true">
        <span className="dg-head-spacer" />
        <span className="dg-head-day">
          <span>Plan</span>
          <span className="dg-head-logged">Logged</span>
        </span>
      </div>
    );
  }
  return (
    <div className="dg-head">
      <span className="dg-head-spacer" />
      {days.map((day) => {
        const planned = blocks
          .filter((block) => block.day === day && block.kind !== 'break')
          .reduce((sum, block) => sum + spanLength(block), 0);
        return (
          <span key={day} className={`dg-head-day${day === today ? ' is-today' : ''}`}>
            <span className="dg-head-date">
              {formatDay(day, undefined, 'weekday')}
              {day === today ? <span className="badge badge-accent">Today</span> : null}
            </span>
            <span className="dg-head-total muted">{planned > 0 ? `${formatMinutes(planned)} planned` : 'Nothing planned'}</span>
          </span>
        );
      })}
    </div>
  );
}
