// The distribution of focus stretches: how many stretches fell into each length band. The 60-minute
// edge is the deep-work threshold, so the bands from "1–1½ h" up are the deep-work candidates.

export interface StretchBucket {
  /** lower edge, minutes (included) */
  from: number;
  /** upper edge, minutes (excluded); null for the open last band */
  to: number | null;
  label: string;
  count: number;
  minutes: number;
}

const EDGES: readonly [number, number | null, string][] = [
  [0, 15, 'Under 15m'],
  [15, 30, '15–30m'],
  [30, 60, '30–60m'],
  [60, 90, '1–1½h'],
  [90, 120, '1½–2h'],
  [120, null, '2h or more'],
];

export function stretchBuckets(stretches: Iterable<number>): StretchBucket[] {
  const buckets = EDGES.map(([from, to, label]) => ({ from, to, label, count: 0, minutes: 0 }));
  for (const minutes of stretches) {
    const bucket = buckets.find((candidate) => candidate.to === null || minutes < candidate.to);
    if (!bucket) continue;
    bucket.count += 1;
    bucket.minutes += minutes;
  }
  return buckets;
}
