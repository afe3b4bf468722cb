import { useCallback, useMemo, useState } from 'react';
import { Button } from '../../components/ui/button';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { useForm } from '../../components/ui/use-form';
import type { Client } from '../../domain/model/client';
import { formReader } from '../../domain/parse/form-reader';
import type { FieldErrors } from '../../domain/validation';
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

interface PeriodText {
  start: string;
  end: string;
}

function readPeriod(values: PeriodText): { period: DayRange | null; errors: FieldErrors } {
  const read = formReader();
  const start = read.day('start', values.start, { required: 'Enter the first day of the period' });
  const end = read.day('end', values.end, { required: 'Enter the last day of the period' });
  if (start !== undefined && end !== undefined && end < start) read.fail('end', 'The period must end on or after its first day');
  const period = start !== undefined && end !== undefined && !read.failed('end') ? { start, end } : null;
  return { period, errors: { ...read.errors } };
}

/** Client picker, period (the last 7 days by default) and Generate draft. */
export function GenerateBar({ clients, clientId }: GenerateBarProps) {
  const today = useToday();
  const form = useForm<PeriodText>(() => defaultPeriod(today));
  const { values, setErrors } = form;
  const [busy, setBusy] = useState(false);

  const onGenerate = useCallback(async () => {
    const read = readPeriod(values);
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
  }, [clientId, values, today, setErrors]);

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
      <TextField label="From" type="date" {...form.field('start')} id="updates-from" />
      <TextField label="To" type="date" {...form.field('end')} id="updates-to" />
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? 'Generating…' : 'Generate draft'}
      </Button>
    </form>
  );
}
