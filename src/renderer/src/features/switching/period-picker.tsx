import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/text-field';
import { useForm } from '../../components/ui/use-form';
import { formatDay } from '../../domain/format/format-day';
import { formReader } from '../../domain/parse/form-reader';
import type { DayKey } from '../../domain/time/day-key';
import type { WeekStart } from '../../domain/time/week';
import { PERIOD_KINDS, periodAround, periodParams, stepPeriod } from '../../domain/switching/periods';
import type { Period, PeriodKind } from '../../domain/switching/periods';
import { navigate } from '../../platform/router';

export interface PeriodPickerProps {
  period: Period;
  today: DayKey;
  weekStart: WeekStart;
}

const KIND_LABELS: Record<PeriodKind, string> = { week: 'Week', month: 'Month', quarter: 'Quarter', custom: 'Custom' };
const go = (period: Period) => navigate('switching', ...periodParams(period));

export function periodLabel(period: Period): string {
  if (period.kind === 'month') return formatDay(period.from, undefined, 'month');
  return `${formatDay(period.from, undefined, 'medium')} – ${formatDay(period.to, undefined, 'medium')}`;
}

/** Week, month, quarter or custom; back and forth; every choice is a route so reload keeps it. */
export function PeriodPicker({ period, today, weekStart }: PeriodPickerProps) {
  const calendarKind = period.kind === 'custom' ? null : period.kind;
  const unit = calendarKind ?? 'period';
  function choose(kind: PeriodKind) {
    if (kind === 'custom') go({ kind, from: period.from, to: period.to });
    else go(periodAround(kind, today >= period.from && today <= period.to ? today : period.from, weekStart));
  }
  return (
    <div className="switching-period">
      <div className="toolbar switching-period-bar">
        <div className="switching-kinds" role="group" aria-label="Range">
          {PERIOD_KINDS.map((kind) => (
            <Button key={kind} size="sm" variant="ghost" aria-pressed={period.kind === kind} onClick={() => choose(kind)}>
              {KIND_LABELS[kind]}
            </Button>
          ))}
        </div>
        <div className="switching-steps">
          <Button
            size="sm"
            aria-label={`Previous ${unit}`}
            title={`Previous ${unit}`}
            onClick={() => go(stepPeriod(period, -1, weekStart))}
          >
            <span aria-hidden="true">‹</span>
          </Button>
          {calendarKind ? (
            <Button size="sm" onClick={() => go(periodAround(calendarKind, today, weekStart))}>
              This {calendarKind}
            </Button>
          ) : null}
          <Button
            size="sm"
            aria-label={`Next ${unit}`}
            title={`Next ${unit}`}
            onClick={() => go(stepPeriod(period, 1, weekStart))}
          >
            <span aria-hidden="true">›</span>
          </Button>
        </div>
        <h2 className="switching-period-label" aria-live="polite">
          {periodLabel(period)}
        </h2>
      </div>
      {period.kind === 'custom' ? <CustomRange key={`${period.from}/${period.to}`} period={period} /> : null}
    </div>
  );
}

/** From and to, applied together; nothing changes while either is invalid. */
function CustomRange({ period }: { period: Period }) {
  const form = useForm<{ from: string; to: string }>({ from: period.from, to: period.to }, { idPrefix: 'switching' });
  function apply(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = formReader();
    const from = read.day('from', form.values.from, { required: 'Enter the first day, like 2026-01-31' });
    const to = read.day('to', form.values.to, { required: 'Enter the last day, like 2026-03-31' });
    if (from !== undefined && to !== undefined && to < from) read.fail('to', 'The last day must be on or after the first');
    form.setErrors({ ...read.errors });
    if (from === undefined || to === undefined || read.failed('to')) return;
    go({ kind: 'custom', from, to });
  }
  return (
    <form className="switching-custom" aria-label="Custom range" noValidate onSubmit={apply}>
      <TextField label="From" type="date" {...form.field('from')} />
      <TextField label="To" type="date" {...form.field('to')} />
      <Button type="submit" size="sm" variant="primary">
        Show range
      </Button>
    </form>
  );
}
