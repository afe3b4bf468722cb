import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` (default 30 s): the now-line and running timer need no more. */
export function useMinuteClock(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
