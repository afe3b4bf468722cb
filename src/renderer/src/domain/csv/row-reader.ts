import type { ColumnMap, Field } from './columns';

/** Reads one data row by field; a missing column or cell reads as ''. */
export function cellReader(map: ColumnMap, cells: readonly string[]) {
  return (field: Field): string => {
    const at = map.index[field];
    return at === undefined ? '' : (cells[at] ?? '').trim();
  };
}

export type Cell = ReturnType<typeof cellReader>;
