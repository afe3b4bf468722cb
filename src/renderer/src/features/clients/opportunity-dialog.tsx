import { TextField } from '../../components/ui/text-field';
import { moneyToDecimalText } from '../../domain/format/format-money';
import { opportunitySchema, type Opportunity } from '../../domain/model/client';
import { formReader, numberOrNaN } from '../../domain/parse/form-reader';
import type { CurrencyCode } from '../../domain/units/money';
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
  const form = useDialogForm(onClose, () => ({
    title: opportunity?.title ?? '',
    value: opportunity ? moneyToDecimalText({ minor: opportunity.value, currency }) : '',
    probability: opportunity ? String(opportunity.probability) : '50',
    expectedMonth: opportunity?.expectedMonth ?? '',
  }));

  function onSubmit() {
    void form.save(async () => {
      const { values } = form;
      const read = formReader(currency);
      const input = {
        ...(opportunity ? { id: opportunity.id } : {}),
        title: values.title,
        // 0 only stands in when the amount is unreadable: finish() then throws its message
        value: read.money('value', values.value, { required: true }) ?? 0,
        probability: numberOrNaN(values.probability),
        expectedMonth: values.expectedMonth,
      };
      // An unreadable amount is reported together with the other fields' messages.
      read.finish(opportunitySchema, input);
      await clientWrites.saveOpportunity(clientId, input);
    });
  }

  return (
    <FormDialog {...itemDialogLabels('opportunity', opportunity !== null)} form={form} fields={FIELDS} onSubmit={onSubmit}>
      <TextField label="Title" className="span-2" {...form.field('title')} autoComplete="off" />
      <TextField label={`Value (${currency})`} inputMode="decimal" {...form.field('value')} placeholder="12,500" />
      <TextField label="Probability (%)" type="number" min={0} max={100} step={5} {...form.field('probability')} />
      <TextField label="Expected month" type="month" {...form.field('expectedMonth')} hint="YYYY-MM" />
    </FormDialog>
  );
}
