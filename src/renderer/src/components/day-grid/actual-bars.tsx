import { HAT_SHORT_LABELS } from '../../domain/model/hat';
import type { Project } from '../../domain/model/project';
import type { ActualSpan } from '../../domain/plan/actual';
import { spanLength, spanText, type Span } from '../../domain/plan/grid';
import { formatMinutes } from '../../domain/format/format-duration';
import { projectLabel } from './labels';

export interface ActualBarsProps {
  spans: readonly ActualSpan[];
  range: Span;
  pxPerMinute: number;
  projects: ReadonlyMap<string, Project>;
  /** the column's day, for the list's name */
  dayLabel: string;
  /** wide enough to write the project code in */
  wide: boolean;
}

/** Logged time beside the plan: one bar per time entry, and the running timer up to now. */
export function ActualBars({ spans, range, pxPerMinute, projects, dayLabel, wide }: ActualBarsProps) {
  if (spans.length === 0) return null;
  return (
    <ul className={`dg-actual${wide ? ' is-wide' : ''}`} aria-label={`Logged time, ${dayLabel}`}>
      {spans.map((span) => {
        const project = projects.get(span.projectId);
        const height = Math.max(3, spanLength(span) * pxPerMinute);
        const text = `${span.running ? 'Running timer' : 'Logged'} ${spanText(span)}, ${projectLabel(project) || 'a project'}, ${HAT_SHORT_LABELS[span.hat]}`;
        return (
          <li
            key={span.id}
            className={`dg-actual-bar hat-${span.hat}${span.running ? ' is-running' : ''}`}
            style={{ top: (span.startMinute - range.startMinute) * pxPerMinute, height }}
            title={text}
          >
            <span className="visually-hidden">{text}</span>
            {wide && height >= 18 ? (
              <span className="dg-actual-text" aria-hidden="true">
                {project?.code ?? ''} {formatMinutes(spanLength(span))}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
