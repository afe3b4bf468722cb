import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { switchingRange } from '../../db/queries/switching-range';
import type { SwitchingRangeData } from '../../db/queries/switching-range';
import type { Period } from '../../domain/switching/periods';
import { deepWorkSeries, granularityFor, hatGranularityFor, hatSeries, switchSeries } from '../../domain/switching/range-series';
import type { DeepWorkPoint, Granularity, HatPoint, SwitchPoint } from '../../domain/switching/range-series';
import { summarizeRange } from '../../domain/switching/range-summary';
import type { RangeSummary } from '../../domain/switching/range-summary';

export interface SwitchingView extends RangeSummary {
  data: SwitchingRangeData;
  granularity: Granularity;
  hatGranularity: Granularity;
  /** from and to lie in different years */
  spansYears: boolean;
  switches: SwitchPoint[];
  deepWork: DeepWorkPoint[];
  hats: HatPoint[];
}

/** The range's rollup rows read live, summed up and turned into chart series; undefined while loading. */
export function useSwitchingView(period: Period | undefined): SwitchingView | undefined {
  const from = period?.from;
  const to = period?.to;
  const data = useLiveQuery(() => (from && to ? switchingRange(db, from, to) : undefined), [from, to], undefined);
  // A result for the previous range is never shown for the new one.
  const fresh = data && data.from === from && data.to === to ? data : undefined;
  return useMemo(() => {
    if (!fresh) return undefined;
    const { input } = fresh;
    const granularity = granularityFor(input.from, input.to);
    const hatGranularity = hatGranularityFor(input.from, input.to);
    return {
      ...summarizeRange(input),
      data: fresh,
      granularity,
      hatGranularity,
      spansYears: input.from.slice(0, 4) !== input.to.slice(0, 4),
      switches: switchSeries(input, granularity),
      deepWork: deepWorkSeries(input, granularity),
      hats: hatSeries(input, hatGranularity),
    };
  }, [fresh]);
}
