import type { TodaySwitching } from '../../db/queries/switching-today';
import { formatMinutes } from '../../domain/format/format-duration';

/** "≈ 40m lost · 2 client and 3 hat switches": time lost = project switches × the minutes-lost-per-switch setting. */
export function switchesNote(switching: TodaySwitching): string {
  return `≈ ${formatMinutes(switching.minutesLost)} lost · ${switching.clientSwitches} client and ${switching.hatSwitches} hat switches`;
}
