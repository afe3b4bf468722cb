import type { TodaySwitching } from '../../db/queries/switching-today';
import { formatMinutes } from '../../domain/format/format-duration';
import { switchesNote } from './switching-labels';
import { HAT_SHORT_LABELS } from '../../domain/model/hat';
import type { Project } from '../../domain/model/project';
import type { RunningTimer } from '../../domain/model/running-timer';
import { clockText, minuteOfDay } from '../../domain/time/wall-clock';

/** What the timer is on right now; starting and stopping live on the blocks, the tasks and the header. */
export function TimerCard({ timer, project, now }: { timer: RunningTimer | undefined; project: Project | undefined; now: Date }) {
  if (!timer) {
    return (
      <section className="card today-card" aria-labelledby="today-timer-title">
        <h2 id="today-timer-title" className="plan-card-title">
          Timer
        </h2>
        <p className="muted">Not running. Start it from a block (press T on it) or from a task below.</p>
      </section>
    );
  }
  const started = new Date(timer.startedAt);
  const minutes = Math.max(0, Math.floor((now.getTime() - started.getTime()) / 60_000));
  return (
    <section className="card today-card is-running" aria-labelledby="today-timer-title">
      <h2 id="today-timer-title" className="plan-card-title">
        Timer running
      </h2>
      <p className="today-timer-what">
        <strong>{project ? `${project.code} ${project.name}` : 'A deleted project'}</strong>
        <span className="muted"> · {HAT_SHORT_LABELS[timer.hat]}</span>
      </p>
      <p className="muted">
        Since {clockText(minuteOfDay(started))} · {formatMinutes(minutes)}
      </p>
    </section>
  );
}

export interface DeepWorkCardProps {
  plannedMinutes: number;
  targetMinutes: number;
  /** the day's switching figures, deep work done among them, once read */
  switching: TodaySwitching | undefined;
}

/**
 * Today's deep work against the daily target: done and planned. Done is the Switching screen's own
 * figure (production stretches of an hour or more, the running timer included), so both agree.
 */
export function DeepWorkCard({ plannedMinutes, targetMinutes, switching }: DeepWorkCardProps) {
  const actualMinutes = switching?.deepWorkMinutes ?? 0;
  const share = targetMinutes > 0 ? Math.min(1, actualMinutes / targetMinutes) : 1;
  const plannedShare = targetMinutes > 0 ? Math.min(1, plannedMinutes / targetMinutes) : 1;
  const met = actualMinutes >= targetMinutes;
  return (
    <section className="card today-card" aria-labelledby="today-deep-title">
      <h2 id="today-deep-title" className="plan-card-title">
        Deep work
      </h2>
      <p className="today-deep-figure">
        <strong>{formatMinutes(actualMinutes)}</strong> <span className="muted">of {formatMinutes(targetMinutes)} target</span>
        {met ? <span className="badge badge-success">Target met</span> : null}
      </p>
      <div
        className="today-progress"
        role="progressbar"
        aria-label="Deep work against today's target"
        aria-valuemin={0}
        aria-valuemax={targetMinutes}
        aria-valuenow={Math.min(actualMinutes, targetMinutes)}
        aria-valuetext={`${formatMinutes(actualMinutes)} of ${formatMinutes(targetMinutes)}`}
      >
        <span className="today-progress-planned" style={{ width: `${plannedShare * 100}%` }} />
        <span className="today-progress-done" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="muted today-deep-note">
        {formatMinutes(plannedMinutes)} planned in deep-work blocks. Counted: production stretches of an hour or more.
      </p>
      {switching ? (
        <p className="today-switches">
          <strong>{switching.projectSwitches}</strong> {switching.projectSwitches === 1 ? 'switch' : 'switches'} so far{' '}
          <span className="muted">· {switchesNote(switching)}</span>
        </p>
      ) : null}
    </section>
  );
}
