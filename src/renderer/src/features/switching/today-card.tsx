import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { todaySwitching } from '../../db/queries/switching-today';
import { formatMinutes } from '../../domain/format/format-duration';
import type { PersonFilter } from '../../domain/model/person';
import type { DayKey } from '../../domain/time/day-key';

export interface TodayCardProps {
  today: DayKey;
  /** Floored to the minute: moves a running timer's minutes on. */
  now: Date;
  /** whose switching: one person's, or undefined for everyone's summed */
  person: PersonFilter;
}

/** Today so far: switches as they happen (a running timer included) and deep work against the target. */
export function TodayCard({ today, now, person }: TodayCardProps) {
  const figures = useLiveQuery(() => todaySwitching(db, today, now, person), [today, now, person], undefined);
  if (!figures) return <section className="card switching-today" aria-label="Today" aria-busy="true" />;
  const target = figures.deepWorkTargetMinutes;
  const progress = target > 0 ? Math.min(1, figures.deepWorkMinutes / target) : 1;
  return (
    <section className="card switching-today" aria-labelledby="switching-today-title">
      <h2 id="switching-today-title">Today so far</h2>
      <p className="switching-today-count">
        <span className="switching-today-number" data-testid="today-switches">
          {figures.projectSwitches}
        </span>{' '}
        {figures.projectSwitches === 1 ? 'switch' : 'switches'}
      </p>
      <p className="muted switching-today-detail">
        {figures.hasWork
          ? `${figures.clientSwitches} between clients · ${figures.hatSwitches} between hats · ${formatMinutes(figures.minutesLost)} lost`
          : 'Nothing logged yet today.'}
        {figures.includesRunningTimer ? ' Includes the running timer.' : ''}
      </p>
      {figures.hasWork ? (
        <p className="muted switching-today-detail">Longest focus stretch {formatMinutes(figures.longestStretch)}</p>
      ) : null}
      <div className="switching-progress-label">
        <span id="switching-today-deep">Deep work</span>
        <span className="num">
          {formatMinutes(figures.deepWorkMinutes)} of {formatMinutes(target)}
        </span>
      </div>
      <div
        className="switching-progress"
        role="progressbar"
        aria-labelledby="switching-today-deep"
        aria-valuemin={0}
        aria-valuemax={target}
        aria-valuenow={Math.min(figures.deepWorkMinutes, target)}
        aria-valuetext={`${formatMinutes(figures.deepWorkMinutes)} of ${formatMinutes(target)}`}
      >
        <span className={progress >= 1 ? 'is-met' : undefined} style={{ width: `${Math.round(progress * 100)}%` }} />
      </div>
    </section>
  );
}
