import { HATS, HAT_SHORT_LABELS } from '../../domain/model/hat';
import { GRID_KEYS } from './block-keys';

/** What the logged-time bars' colours mean (each bar also names its hat to screen readers and on hover). */
export function ActualLegend() {
  return (
    <p className="dg-legend muted">
      <span>Logged time beside the plan:</span>
      {HATS.map((hat) => (
        <span key={hat} className={`hat-${hat}`}>
          <span className="dg-legend-swatch" aria-hidden="true" />
          {HAT_SHORT_LABELS[hat]}
        </span>
      ))}
    </p>
  );
}

/** The grid's keys, always visible under it; blocks and slots point at it with aria-describedby. */
export function KeyHint({ id }: { id: string }) {
  return (
    <p id={id} className="dg-hint muted">
      <span className="visually-hidden">Keys: </span>
      {GRID_KEYS.map(({ keys, does }) => (
        <span key={keys} className="dg-hint-item">
          <kbd>{keys}</kbd> {does}
        </span>
      ))}
      <span className="dg-hint-item">Drag on empty time to add a block, drag a task onto the grid to plan it.</span>
    </p>
  );
}
