import { Stepper } from '../../components/ui/stepper';
import { addDays } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { navigate } from '../../platform/router';
import type { TimeLocation, TimeView } from './use-time-range';

export interface TimeRangeNavProps {
  location: TimeLocation;
  today: DayKey;
  /** the shown range, both days included */
  from: DayKey;
  to: DayKey;
  /** the range's heading: 'Mar 2 – Mar 8, 2026' */
  label: string;
}

const go = (view: TimeView, day: DayKey) => navigate('time', view, day);

/** Week/day toggle and previous / this / next. Every step is a route, so reload and Back keep the view. */
export function TimeRangeNav({ location, today, from, to, label }: TimeRangeNavProps) {
  const { view, anchor } = location;
  // Switching to the day view of the current week lands on today, not on the week's first day.
  const dayOfRange = today >= from && today <= to ? today : anchor;
  const step = view === 'week' ? 7 : 1;
  const unit = view === 'week' ? 'week' : 'day';
  return (
    <Stepper
      unit={unit}
      currentLabel={view === 'week' ? 'This week' : 'Today'}
      onStep={(direction) => go(view, addDays(anchor, step * direction))}
      onCurrent={() => go(view, today)}
      heading={label}
    >
      <div className="segmented" role="group" aria-label="View">
        <button type="button" className="segmented-option" aria-pressed={view === 'week'} onClick={() => go('week', anchor)}>
          Week
        </button>
        <button type="button" className="segmented-option" aria-pressed={view === 'day'} onClick={() => go('day', dayOfRange)}>
          Day
        </button>
      </div>
    </Stepper>
  );
}
