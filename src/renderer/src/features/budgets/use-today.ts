import { useEffect, useState } from 'react';
import { dayKeyOf } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';

/** Today's local day, passed to the domain (which never reads the clock); checked again when the window regains focus. */
export function useToday(): DayKey {
  const [today, setToday] = useState(() => dayKeyOf(new Date()));
  useEffect(() => {
    const check = () => setToday(dayKeyOf(new Date()));
    window.addEventListener('focus', check);
    const timer = window.setInterval(check, 60_000);
    return () => {
      window.removeEventListener('focus', check);
      window.clearInterval(timer);
    };
  }, []);
  return today;
}
