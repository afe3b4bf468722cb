import type { DayTotal } from '../../db/queries/time';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import type { DayKey } from '../../domain/time/day-key';
import { hrefTo } from '../../platform/router';

export interface DayStripProps {
  days: readonly DayTotal[];
  today: DayKey;
  /** the week's total minutes */
  total: number;
}

/** The week at a glance: each day's total (from the rollups); a day opens its day view. */
export function DayStrip({ days, today, total }: DayStripProps) {
  return (
    <div className="day-strip-wrap">
      <ol className="day-strip" aria-label="Day totals">
        {days.map((day) => (
          <li key={day.day}>
            <a
              className={`day-cell ${day.minutes === 0 ? 'is-empty' : ''}`}
              href={hrefTo('time', 'day', day.day)}
              aria-current={day.day === today ? 'date' : undefined}
            >
              <span className="day-cell-name">{formatDay(day.day, undefined, 'weekday')}</span>
              {day.minutes === 0 ? (
                <span className="day-cell-total num">
                  <span aria-hidden="true">—</span>
                  <span className="visually-hidden">nothing logged</span>
                </span>
              ) : (
                <span className="day-cell-total num">{formatMinutes(day.minutes)}</span>
              )}
            </a>
          </li>
        ))}
      </ol>
      <p className="week-total">
        <span className="muted">Week</span> <strong className="num">{formatMinutes(total)}</strong>
      </p>
    </div>
  );
}
