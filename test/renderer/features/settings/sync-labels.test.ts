import { describe, expect, it } from 'vitest';
import { firstSyncText } from '../../../../src/renderer/src/features/settings/sync-labels';

describe('the first sync in words', () => {
  it('counts the records here out of the server’s', () => {
    expect(firstSyncText({ done: 1_200, total: 4_800 })).toBe('First sync: 1,200 of 4,800 records');
  });

  it('with every record here, says it is still finishing (figures written, later changes caught up)', () => {
    expect(firstSyncText({ done: 5_451, total: 5_451 })).toBe('First sync: all 5,451 records here, finishing…');
  });
});
