import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow, useToday } from '../../../src/renderer/src/stores/use-clock';
import { pinMoment } from '../../support/render-app';

// Each test is about one moment in one zone (Berlin unless it says otherwise), whatever the run's test
// clock: the clock is pinned there and moved by hand; timeouts are fake, so a tick happens exactly when
// the test advances past it.

function pinAt(instant: string, zone = 'Europe/Berlin'): void {
  pinMoment(instant, zone);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date(instant));
}

/** The machine sleeps: the wall clock jumps on and no timeout fires meanwhile. */
function sleepUntil(instant: string): void {
  vi.setSystemTime(new Date(instant));
}

const at = (instant: string) => new Date(instant).getTime();

afterEach(() => vi.useRealTimers());

describe('the one clock', () => {
  it('ticks on the next whole minute with one timeout, not an interval', () => {
    pinAt('2026-11-04T09:30:40+01:00');
    const { result } = renderHook(() => useNow());
    expect(result.current.getTime()).toBe(at('2026-11-04T09:30:00+01:00'));
    expect(vi.getTimerCount()).toBe(1);

    act(() => {
      vi.advanceTimersByTime(19_999);
    });
    expect(result.current.getTime()).toBe(at('2026-11-04T09:30:00+01:00'));
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current.getTime()).toBe(at('2026-11-04T09:31:00+01:00'));
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(result.current.getTime()).toBe(at('2026-11-04T09:32:00+01:00'));
    expect(vi.getTimerCount()).toBe(1);
  });

  it('keeps the same Date while the minute has not moved', () => {
    pinAt('2026-11-04T09:30:40+01:00');
    const { result } = renderHook(() => useNow());
    const first = result.current;
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(result.current).toBe(first);
  });

  it('ticks each second for a seconds watcher, from the same clock as the minutes', () => {
    pinAt('2026-11-04T09:30:58.500+01:00');
    const seconds = renderHook(() => useNow({ resolution: 'second' }));
    const minutes = renderHook(() => useNow());
    expect(seconds.result.current.getTime()).toBe(at('2026-11-04T09:30:58+01:00'));

    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(seconds.result.current.getTime()).toBe(at('2026-11-04T09:30:59+01:00'));
    expect(minutes.result.current.getTime()).toBe(at('2026-11-04T09:30:00+01:00'));
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(seconds.result.current.getTime()).toBe(at('2026-11-04T09:31:00+01:00'));
    expect(minutes.result.current.getTime()).toBe(at('2026-11-04T09:31:00+01:00'));

    // Without a seconds watcher the clock goes back to one tick a minute.
    seconds.unmount();
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    act(() => {
      vi.advanceTimersByTime(58_999);
    });
    expect(minutes.result.current.getTime()).toBe(at('2026-11-04T09:31:00+01:00'));
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(minutes.result.current.getTime()).toBe(at('2026-11-04T09:32:00+01:00'));
  });

  it('turns today at local midnight', () => {
    pinAt('2026-11-04T23:59:30+01:00');
    const { result } = renderHook(() => useToday());
    expect(result.current).toBe('2026-11-04');
    act(() => {
      vi.advanceTimersByTime(29_999);
    });
    expect(result.current).toBe('2026-11-04');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe('2026-11-05');
  });

  it('turns today at local midnight, not UTC midnight, far from UTC', () => {
    pinAt('2026-11-04T23:59:00+13:00', 'Pacific/Auckland');
    const { result } = renderHook(() => useToday());
    expect(result.current).toBe('2026-11-04');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(result.current).toBe('2026-11-05');
  });

  it.each([
    ['a visibility change', () => document.dispatchEvent(new Event('visibilitychange'))],
    ['the window regaining focus', () => window.dispatchEvent(new Event('focus'))],
    ['the page being shown again', () => window.dispatchEvent(new Event('pageshow'))],
  ])('reads the time again on %s after the machine slept past midnight', (_, wake) => {
    pinAt('2026-11-04T23:58:00+01:00');
    const today = renderHook(() => useToday());
    const now = renderHook(() => useNow());
    sleepUntil('2026-11-05T07:15:20+01:00');
    expect(today.result.current).toBe('2026-11-04');

    act(() => {
      wake();
    });
    expect(today.result.current).toBe('2026-11-05');
    expect(now.result.current.getTime()).toBe(at('2026-11-05T07:15:00+01:00'));
    // And ticks on from there, on the minute.
    act(() => {
      vi.advanceTimersByTime(40_000);
    });
    expect(now.result.current.getTime()).toBe(at('2026-11-05T07:16:00+01:00'));
  });

  it('shows the new day when a tick arrives hours late (the machine slept through it)', () => {
    pinAt('2026-11-04T23:58:00+01:00');
    const { result } = renderHook(() => useToday());
    sleepUntil('2026-11-05T07:15:00+01:00');
    // The timeout due at 23:59 fires only now, seven hours later than scheduled.
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(result.current).toBe('2026-11-05');
  });

  it('renders the time of the moment even when the clock sat idle since another day', () => {
    pinAt('2026-11-04T09:30:00+01:00');
    renderHook(() => useToday()).unmount();
    vi.setSystemTime(new Date('2026-11-06T14:00:00+01:00'));
    const seen: string[] = [];
    renderHook(() => {
      const today = useToday();
      seen.push(today);
      return today;
    });
    expect(seen[0]).toBe('2026-11-06');
  });

  it('stops ticking and listening when nothing shows the time', () => {
    pinAt('2026-11-04T09:30:00+01:00');
    const first = renderHook(() => useToday());
    const second = renderHook(() => useToday());
    first.unmount();
    expect(vi.getTimerCount()).toBe(1);
    second.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
