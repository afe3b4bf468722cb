import { formatDay } from '../../domain/format/format-day';
import type { UpdateDraft } from '../../domain/model/update-draft';
import { dayKeyOf } from '../../domain/time/day-key';
import { rangeWords } from '../../domain/updates/period';

/** 'Mar 12 – Mar 18, 2026' */
export function periodLabel(draft: UpdateDraft): string {
  return rangeWords({ start: draft.periodStart, end: draft.periodEnd });
}

/** 'Draft' or 'Sent Mar 18, 2026' (the local day it was marked sent). */
export function statusLabel(draft: UpdateDraft): string {
  return draft.status === 'sent' && draft.sentAt ? `Sent ${formatDay(dayKeyOf(new Date(draft.sentAt)))}` : 'Draft';
}
