export interface ProgressBarProps {
  label: string;
  /** 0–1; undefined while the length of the work is unknown */
  value?: number;
}

/** A labelled progress bar; without a value it shows activity without claiming how far along it is. */
export function ProgressBar({ label, value }: ProgressBarProps) {
  const percent = value === undefined ? undefined : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="progress">
      <div className="progress-label">
        <span>{label}</span>
        {percent !== undefined ? <span className="num">{percent} %</span> : null}
      </div>
      <div
        className={`progress-track ${percent === undefined ? 'progress-indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={percent === undefined ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}
