import { Button } from '../../components/ui/button';
import { formatDay } from '../../domain/format/format-day';
import { addDays, type DayKey } from '../../domain/time/day-key';
import { navigate } from '../../platform/router';

export interface WeekNavProps {
  anchor: DayKey;
  today: DayKey;
  /** the shown days, once loaded */
  days: readonly DayKey[] | undefined;
}

/** Previous / this / next week; every step is a route, so reload and Back keep the week. */
export function WeekNav({ anchor, today, days }: WeekNavProps) {
  const first = days?.[0];
  const last = days?.[days.length - 1];
  return (
    <div className="toolbar planner-nav">
      <div className="planner-nav-steps">
        <Button
          size="sm"
          aria-label="Previous week"
          title="Previous week"
          onClick={() => navigate('planner', addDays(anchor, -7))}
        >
          <span aria-hidden="true">‹</span>
        </Button>
        <Button size="sm" onClick={() => navigate('planner', today)}>
          This week
        </Button>
        <Button size="sm" aria-label="Next week" title="Next week" onClick={() => navigate('planner', addDays(anchor, 7))}>
          <span aria-hidden="true">›</span>
        </Button>
      </div>
      <h2 className="planner-nav-label" aria-live="polite">
        {first && last ? `${formatDay(first, undefined, 'short')} – ${formatDay(last, undefined, 'medium')}` : ' '}
      </h2>
    </div>
  );
}
