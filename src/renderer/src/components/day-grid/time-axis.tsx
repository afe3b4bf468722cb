import type { Span } from '../../domain/plan/grid';
import { clockText } from '../../domain/time/wall-clock';

/** Hour labels beside the grid (decoration: every slot names its own time). */
export function TimeAxis({ range, pxPerMinute }: { range: Span; pxPerMinute: number }) {
  const hours: number[] = [];
  for (let minute = Math.ceil(range.startMinute / 60) * 60; minute < range.endMinute; minute += 60) hours.push(minute);
  return (
    <div className="dg-axis" aria-hidden="true">
      {hours.map((minute) => (
        <span key={minute} className="dg-axis-label" style={{ top: (minute - range.startMinute) * pxPerMinute }}>
          {clockText(minute)}
        </span>
      ))}
    </div>
  );
}
