import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonFilterState } from '../../components/people/use-person-filter';
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

/** The range's rollup rows (the person's or everyone's) read live, summed up and turned into chart series; undefined while loading. */
export function useSwitchingView(period: Period | undefined, people: PersonFilterState): SwitchingView | undefined {
  const from = people.ready ? period?.from : undefined;
  const to = period?.to;
  const person = people.filter;
  const data = useLiveQuery(() => (from && to ? switchingRange(db, from, to, person) : undefined), [from, to, person], undefined);
  // A result for the previous range (or the other people's choice) is never shown for the new one.
  const fresh = data && data.from === from && data.to === to && data.person === person ? data : undefined;
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
