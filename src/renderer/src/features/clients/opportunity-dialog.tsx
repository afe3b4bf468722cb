import { useId, useState } from 'react';
import { TextField } from '../../components/ui/text-field';
import { moneyToDecimalText } from '../../domain/format/format-money';
import { opportunitySchema, type Opportunity } from '../../domain/model/client';
import { parseMoney } from '../../domain/parse/parse-money';
import type { CurrencyCode } from '../../domain/units/money';
import { ValidationError, fieldErrorsOf } from '../../domain/validation';
import { clientWrites } from './client-writes';
import { FormDialog } from '../../components/ui/form-dialog';
import { itemDialogLabels, useDialogForm } from '../../components/ui/use-dialog-form';

const FIELDS = ['title', 'value', 'probability', 'expectedMonth'];
export interface OpportunityDialogProps {
  clientId: string;
  currency: CurrencyCode;
  /** null adds a new opportunity */
  opportunity: Opportunity | null;
  onClose: () => void;
}

/** Work that may come: value typed as people write amounts, kept in the client's minor units. */
export function OpportunityDialog({ clientId, currency, opportunity, onClose }: OpportunityDialogProps) {
  const id = useId();
  const [title, setTitle] = useState(opportunity?.title ?? '');
  const [value, setValue] = useState(opportunity ? moneyToDecimalText({ minor: opportunity.value, currency }) : '');
  const [probability, setProbability] = useState(opportunity ? String(opportunity.probability) : '50');
  const [month, setMonth] = useState<string>(opportunity?.expectedMonth ?? '');
  const form = useDialogForm(onClose);
  const { errors } = form;

  function onSubmit() {
    void form.save(async () => {
      const parsed = parseMoney(value, currency);
      const input = {
        ...(opportunity ? { id: opportunity.id } : {}),
        title,
        value: parsed.ok ? parsed.value.minor : 0,
        probability: probability.trim() === '' ? Number.NaN : Number(probability),
        expectedMonth: month,
      };
      // An unreadable amount is reported together with the other fields' messages.
      if (!parsed.ok) throw new ValidationError({ ...fieldErrorsOf(opportunitySchema, input), value: parsed.error });
      await clientWrites.saveOpportunity(clientId, input);
    });
  }

  return (
    <FormDialog {...itemDialogLabels('opportunity', opportunity !== null)} form={form} fields={FIELDS} onSubmit={onSubmit}>
      <TextField
        id={`${id}-title`}
        label="Title"
        className="span-2"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title}
        autoComplete="off"
      />
      <TextField
        id={`${id}-value`}
        label={`Value (${currency})`}
        inputMode="decimal"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={errors.value}
        placeholder="12,500"
      />
      <TextField
        id={`${id}-probability`}
        label="Probability (%)"
        type="number"
        min={0}
        max={100}
        step={5}
        value={probability}
        onChange={(event) => setProbability(event.target.value)}
        error={errors.probability}
      />
      <TextField
        id={`${id}-month`}
        label="Expected month"
        type="month"
        value={month}
        onChange={(event) => setMonth(event.target.value)}
        error={errors.expectedMonth}
        hint="YYYY-MM"
      />
    </FormDialog>
  );
}
