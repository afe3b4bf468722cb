import type { Fraction } from './fraction';

// "Today shows a banner for projects that crossed 80 % or 100 % of baseline since last seen."
// The user's acknowledgement is stored per project as the highest threshold already shown, so a
// project is announced once at 80 % and once more at 100 %. When spending falls back (an approved
// change request raises the baseline), acknowledging lowers the stored mark, so a later crossing is
// announced again.

export const ALERT_THRESHOLDS = [80, 100] as const;
export type AlertThreshold = (typeof ALERT_THRESHOLDS)[number];
/** projectId → the highest threshold the user has seen for it (0: none). */
export type SeenThresholds = Record<string, number>;

export interface ThresholdSource {
  projectId: string;
  label: string;
  percentSpent: Fraction | null;
}

export interface ThresholdAlert {
  projectId: string;
  label: string;
  threshold: AlertThreshold;
}

/** The highest threshold reached (0 when under 80 %), compared exactly: 80 % itself counts. */
export function reachedThreshold(percentSpent: Fraction | null): 0 | AlertThreshold {
  if (!percentSpent || percentSpent.den <= 0) return 0;
  let reached: 0 | AlertThreshold = 0;
  for (const threshold of ALERT_THRESHOLDS) if (percentSpent.num * 100 >= threshold * percentSpent.den) reached = threshold;
  return reached;
}

/** Projects whose reached threshold is above what the user last saw, highest threshold first. */
export function thresholdAlerts(sources: readonly ThresholdSource[], seen: SeenThresholds): ThresholdAlert[] {
  const alerts: ThresholdAlert[] = [];
  for (const source of sources) {
    const reached = reachedThreshold(source.percentSpent);
    if (reached !== 0 && reached > (seen[source.projectId] ?? 0)) alerts.push({ projectId: source.projectId, label: source.label, threshold: reached });
  }
  return alerts.sort((a, b) => b.threshold - a.threshold || a.label.localeCompare(b.label));
}

/** The marks to store once the user has seen the banner: every project's current reached threshold. */
export function acknowledge(sources: readonly ThresholdSource[], seen: SeenThresholds): SeenThresholds {
  const next: SeenThresholds = { ...seen };
  for (const source of sources) {
    const reached = reachedThreshold(source.percentSpent);
    if (reached === 0) delete next[source.projectId];
    else next[source.projectId] = reached;
  }
  return next;
}
