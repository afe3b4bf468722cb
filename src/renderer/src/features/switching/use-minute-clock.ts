import { useEffect, useState } from 'react';

/** The time in ms, floored to the minute and refreshed each minute: enough for a running timer's minutes. */
export function useMinuteClock(): number {
  const [now, setNow] = useState(() => floorToMinute(Date.now()));
  useEffect(() => {
    const id = window.setInterval(() => setNow(floorToMinute(Date.now())), 15_000);
    return () => window.clearInterval(id);
  }, []);
  return now;
}

function floorToMinute(ms: number): number {
  return Math.floor(ms / 60_000) * 60_000;
}
