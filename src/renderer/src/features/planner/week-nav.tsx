import { Stepper } from '../../components/ui/stepper';
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
    <Stepper
      unit="week"
      currentLabel="This week"
      onStep={(direction) => navigate('planner', addDays(anchor, 7 * direction))}
      onCurrent={() => navigate('planner', today)}
      heading={first && last ? `${formatDay(first, undefined, 'short')} – ${formatDay(last, undefined, 'medium')}` : ' '}
    />
  );
}
