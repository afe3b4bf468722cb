import { describe, expect, it } from 'vitest';
import { importProgress } from '../../../../src/renderer/src/features/backups/import-progress';

// Five phases, each a fifth of the bar; writing moves through its fifth as entries are written.

describe('the CSV import progress bar', () => {
  it('gives each phase an equal share, in order', () => {
    expect(importProgress({ phase: 'safety' })).toEqual({ label: 'Backing up your current data first…', value: 0 });
    expect(importProgress({ phase: 'creating' }).value).toBeCloseTo(2 / 5);
    expect(importProgress({ phase: 'totals' })).toEqual({ label: 'Updating totals and switching figures…', value: 4 / 5 });
  });

  it('counts the entries written within the writing phase', () => {
    expect(importProgress({ phase: 'writing', done: 20_000, total: 50_000 })).toEqual({
      label: `Writing the entries… ${(20_000).toLocaleString()} of ${(50_000).toLocaleString()}`,
      value: (3 + 0.4) / 5,
    });
    expect(importProgress({ phase: 'writing' }).value).toBeCloseTo(3 / 5);
  });
});
