import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { formatMinutes } from '../../domain/format/format-duration';
import { formatDay } from '../../domain/format/format-day';
import type { Project } from '../../domain/model/project';
import { BLOCK_KIND_LABELS } from '../../domain/model/time-block';
import { spanLength, spanText } from '../../domain/plan/grid';
import type { DayReview } from '../../domain/plan/review';
import type { DayKey } from '../../domain/time/day-key';
import type { TodaySwitching } from '../../db/queries/switching-today';
import { switchesNote } from './switching-labels';

export interface ReviewDialogProps {
  day: DayKey;
  review: DayReview;
  projects: ReadonlyMap<string, Project>;
  /** the day's context switching, once read */
  switching: TodaySwitching | undefined;
  onClose: () => void;
}

const signed = (minutes: number) => (minutes > 0 ? `+${formatMinutes(minutes)}` : formatMinutes(minutes));

function Stat({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <div className="review-stat">
      <dt>{label}</dt>
      <dd>
        <strong>{value}</strong>
        <span className="muted">{note}</span>
      </dd>
    </div>
  );
}

function DeepWorkStat({ switching }: { switching: TodaySwitching }) {
  const gap = switching.deepWorkTargetMinutes - switching.deepWorkMinutes;
  return (
    <Stat
      label="Deep work"
      value={`${formatMinutes(switching.deepWorkMinutes)} of ${formatMinutes(switching.deepWorkTargetMinutes)}`}
      note={gap > 0 ? `${formatMinutes(gap)} short of the target` : 'Target met'}
    />
  );
}

/** End of day: planned against logged per kind of block, deep work against the target, unplanned work. */
export function ReviewDialog({ day, review, projects, switching, onClose }: ReviewDialogProps) {
  return (
    <Dialog
      title={`Review of ${formatDay(day, undefined, 'long')}`}
      size="lg"
      onClose={onClose}
      footer={<Button onClick={onClose}>Close</Button>}
    >
      <div className="review">
        <dl className="review-stats">
          {switching ? <DeepWorkStat switching={switching} /> : null}
          <Stat
            label="Planned"
            value={formatMinutes(review.plannedMinutes)}
            note={`${formatMinutes(review.plannedDeepWorkMinutes)} of it deep work`}
          />
          <Stat label="Logged" value={formatMinutes(review.loggedMinutes)} note="time entries and the running timer" />
          <Stat label="Unplanned" value={formatMinutes(review.unplannedMinutes)} note="logged outside every block" />
          {switching ? <Stat label="Switches" value={String(switching.projectSwitches)} note={switchesNote(switching)} /> : null}
        </dl>

        <table className="data-table review-table" aria-label="Planned and logged time by kind of block">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col" className="num">
                Planned
              </th>
              <th scope="col" className="num">
                Logged in those blocks
              </th>
              <th scope="col" className="num">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            {review.kinds.map((figures) => (
              <tr key={figures.kind}>
                <th scope="row">
                  <span className="review-kind">
                    <span className={`review-swatch kind-${figures.kind}`} aria-hidden="true" />
                    {BLOCK_KIND_LABELS[figures.kind]}
                  </span>
                </th>
                <td className="num">{formatMinutes(figures.plannedMinutes)}</td>
                <td className="num">{formatMinutes(figures.actualMinutes)}</td>
                <td className="num">{signed(figures.actualMinutes - figures.plannedMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <section aria-labelledby="review-unplanned-title">
          <h3 id="review-unplanned-title">Unplanned work</h3>
          {review.unplanned.length === 0 ? (
            <p className="muted">{review.loggedMinutes > 0 ? 'Everything you logged was planned.' : 'Nothing logged yet.'}</p>
          ) : (
            <ul className="review-unplanned">
              {review.unplanned.map((piece) => {
                const project = projects.get(piece.projectId);
                return (
                  <li key={`${piece.startMinute}-${piece.projectId}`}>
                    <span className="num">{spanText(piece)}</span>
                    <span>{project ? `${project.code} ${project.name}` : 'A deleted project'}</span>
                    <span className="num muted">{formatMinutes(spanLength(piece))}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <p className="muted review-note">
          Logged minutes count for the block they fall in (the later block where two overlap). Deep work counts production
          stretches of an hour or more on one project.
        </p>
      </div>
    </Dialog>
  );
}
