import { useCallback, useMemo, useState } from 'react';
import { Button } from '../../components/ui/button';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import type { Client } from '../../domain/model/client';
import { isDayKey } from '../../domain/time/day-key';
import { defaultPeriod } from '../../domain/updates/period';
import type { DayRange } from '../../domain/updates/period';
import { useRegisterCommands } from '../../stores/command-store';
import type { Command } from '../../stores/command-store';
import { navigate } from '../../platform/router';
import { notify } from '../../stores/toast-store';
import { generateDraft } from './generate-draft';
import { useToday } from '../../stores/use-clock';
import { errorText } from '@shared/error-text';

export interface GenerateBarProps {
  clients: readonly Client[];
  clientId: string;
}

type PeriodErrors = Partial<Record<'start' | 'end', string>>;

function readPeriod(start: string, end: string): { period: DayRange | null; errors: PeriodErrors } {
  const errors: PeriodErrors = {};
  if (!isDayKey(start)) errors.start = 'Enter the first day of the period';
  if (!isDayKey(end)) errors.end = 'Enter the last day of the period';
  if (isDayKey(start) && isDayKey(end)) {
    if (end >= start) return { period: { start, end }, errors };
    errors.end = 'The period must end on or after its first day';
  }
  return { period: null, errors };
}

/** Client picker, period (the last 7 days by default) and Generate draft. */
export function GenerateBar({ clients, clientId }: GenerateBarProps) {
  const today = useToday();
  const [initial] = useState(() => defaultPeriod(today));
  const [start, setStart] = useState<string>(initial.start);
  const [end, setEnd] = useState<string>(initial.end);
  const [errors, setErrors] = useState<PeriodErrors>({});
  const [busy, setBusy] = useState(false);

  const onGenerate = useCallback(async () => {
    const read = readPeriod(start, end);
    setErrors(read.errors);
    if (!read.period) return;
    setBusy(true);
    try {
      const draft = await generateDraft(clientId, read.period, today);
      navigate('updates', clientId, draft.id);
      notify('Draft generated from the period’s work: read it through before sending', undefined, 'success');
    } catch (error) {
      notify(`Could not generate the draft: ${errorText(error)}`, undefined, 'error');
    } finally {
      setBusy(false);
    }
  }, [clientId, start, end, today]);

  const client = clients.find((candidate) => candidate.id === clientId);
  const commands = useMemo<Command[]>(
    () =>
      client
        ? [
            {
              id: 'updates:generate',
              title: `Generate an update for ${client.name}`,
              group: 'Client updates',
              run: () => void onGenerate(),
            },
          ]
        : [],
    [client, onGenerate],
  );
  useRegisterCommands(commands);

  return (
    <form
      className="card updates-bar"
      aria-label="Generate an update"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onGenerate();
      }}
    >
      <SelectField
        id="updates-client"
        label="Client"
        value={clientId}
        options={clients.map((client) => ({ value: client.id, label: client.name }))}
        onChange={(event) => navigate('updates', event.target.value)}
      />
      <TextField
        id="updates-from"
        label="From"
        type="date"
        value={start}
        error={errors.start}
        onChange={(event) => setStart(event.target.value)}
      />
      <TextField
        id="updates-to"
        label="To"
        type="date"
        value={end}
        error={errors.end}
        onChange={(event) => setEnd(event.target.value)}
      />
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? 'Generating…' : 'Generate draft'}
      </Button>
    </form>
  );
}
