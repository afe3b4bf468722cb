import { useEffect, useMemo, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from '../../components/ui/button';
import { db } from '../../db/db';
import { switchingDay } from '../../db/queries/switching-day';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import { clientLookup } from '../../domain/switching/client-switches';
import { summarizeDay } from '../../domain/switching/day-summary';
import type { DayKey } from '../../domain/time/day-key';
import { clockText } from '../../domain/time/wall-clock';
import { blockSegments, entrySegments, stripAxis } from './strip-layout';
import type { PersonFilter } from '../../domain/model/person';
import type { StripAxis, StripSegment } from './strip-layout';

export interface SequenceStripProps {
  day: DayKey;
  /** whose sequence: one person's, or undefined for everyone's (figures summed per person) */
  person: PersonFilter;
  minutesLostPerSwitch: number;
  onClose: () => void;
}

function Lane({ name, segments, axis }: { name: string; segments: readonly StripSegment[]; axis: StripAxis }) {
  const span = axis.end - axis.start;
  const position = (minute: number) => `${((Math.min(Math.max(minute, axis.start), axis.end) - axis.start) / span) * 100}%`;
  return (
    <div className="strip-lane">
      <span className="strip-lane-name">{name}</span>
      <div className="strip-track">
        {segments.length === 0 ? <span className="strip-empty muted">nothing</span> : null}
        {segments.map((segment) => (
          <span
            key={segment.id}
            className={`strip-segment ${segment.tone}${segment.switch ? ' is-switch' : ''}${segment.ignored ? ' is-ignored' : ''}`}
            style={{ left: position(segment.start), width: `calc(${position(segment.end)} - ${position(segment.start)})` }}
            title={segment.text}
          >
            {segment.label}
          </span>
        ))}
      </div>
    </div>
  );
}

/** One day's sequence: logged entries above, planned blocks below, on one time axis. */
export function SequenceStrip({ day, person, minutesLostPerSwitch, onClose }: SequenceStripProps) {
  const data = useLiveQuery(() => switchingDay(db, day, person), [day, person], undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [day]);
  const layout = useMemo(() => {
    if (!data || data.day !== day) return undefined;
    const entries = entrySegments(data);
    const blocks = blockSegments(data);
    const summary = data.row ? summarizeDay(data.row, clientLookup(data.projects.values()), minutesLostPerSwitch) : undefined;
    return { entries, blocks, axis: stripAxis([...entries, ...blocks]), summary };
  }, [data, day, minutesLostPerSwitch]);
  const title = `Sequence of ${formatDay(day, undefined, 'long')}`;
  return (
    <section className="card switching-card switching-strip" aria-labelledby="switching-strip-title" aria-busy={!layout}>
      <header className="switching-card-header">
        <h2 id="switching-strip-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        {layout?.summary ? (
          <span className="muted switching-card-note">
            {layout.summary.projectSwitches} switches · {layout.summary.clientSwitches} between clients · longest stretch{' '}
            {formatMinutes(layout.summary.longestStretch)} · deep work {formatMinutes(layout.summary.deepWorkMinutes)}
          </span>
        ) : null}
        <Button size="sm" variant="ghost" className="switching-strip-close" onClick={onClose}>
          Close
        </Button>
      </header>
      {layout ? (
        <>
          <div className="strip" aria-hidden="true">
            <div className="strip-axis">
              {layout.axis.ticks.map((tick) => (
                <span
                  key={tick}
                  style={{ left: `${((tick - layout.axis.start) / (layout.axis.end - layout.axis.start)) * 100}%` }}
                >
                  {clockText(tick % 1440)}
                </span>
              ))}
            </div>
            <Lane name="Logged" segments={layout.entries} axis={layout.axis} />
            <Lane name="Planned" segments={layout.blocks} axis={layout.axis} />
          </div>
          <p className="muted strip-key">
            A bar with a thick left edge starts a switch; faded bars are under 2 minutes and not counted.
          </p>
          <div className="visually-hidden">
            <h3>Logged</h3>
            <ol aria-label="Logged entries in order">
              {layout.entries.map((segment) => (
                <li key={segment.id}>{segment.text}</li>
              ))}
            </ol>
            <h3>Planned</h3>
            {layout.blocks.length === 0 ? <p>Nothing planned.</p> : null}
            <ol aria-label="Planned blocks in order">
              {layout.blocks.map((segment) => (
                <li key={segment.id}>{segment.text}</li>
              ))}
            </ol>
          </div>
        </>
      ) : null}
    </section>
  );
}
