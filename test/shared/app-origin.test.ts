import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../src/shared/app-origin';

describe('APP_ORIGIN', () => {
  it('is app://tandem, forever: IndexedDB data is keyed by it', () => {
    expect(APP_ORIGIN).toBe('app://tandem');
  });
});
