import { SelectField } from '../../components/ui/select-field';
import { TextArea } from '../../components/ui/text-area';
import { TextField } from '../../components/ui/text-field';
import { clientWrites } from './client-writes';
import { FormDialog } from '../../components/ui/form-dialog';
import { SCORE_WORDS } from './sentiment';
import { useDialogForm } from '../../components/ui/use-dialog-form';
import { numberOrNaN } from '../../domain/parse/form-reader';
import { useToday } from '../../stores/use-clock';

const SCORE_OPTIONS = [5, 4, 3, 2, 1].map((score) => ({ value: String(score), label: `${score} · ${SCORE_WORDS[score] ?? ''}` }));

const FIELDS = ['date', 'score', 'note'];
export function CheckInDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const today: string = useToday();
  const form = useDialogForm(onClose, () => ({ date: today, score: '', note: '' }));

  function onSubmit() {
    const { date, score, note } = form.values;
    // An unpicked score is sent as missing, so the schema names it ('Score must be a whole number from 1 to 5').
    void form.save(() => clientWrites.saveCheckIn(clientId, { date, score: numberOrNaN(score), note }));
  }

  return (
    <FormDialog
      title="Add check-in"
      description="How does the relationship feel right now?"
      submitLabel="Add check-in"
      form={form}
      fields={FIELDS}
      onSubmit={onSubmit}
    >
      <TextField label="Date" type="date" {...form.field('date')} />
      <SelectField label="Score" placeholder="Choose 1–5" options={SCORE_OPTIONS} {...form.field('score')} />
      <TextArea label="Note" className="span-2" rows={3} {...form.field('note')} />
    </FormDialog>
  );
}
