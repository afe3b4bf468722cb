import { useId, useState } from 'react';
import { SelectField } from '../../components/ui/select-field';
import { TextArea } from '../../components/ui/text-area';
import { TextField } from '../../components/ui/text-field';
import { clientWrites } from './client-writes';
import { FormDialog } from '../../components/ui/form-dialog';
import { SCORE_WORDS } from './sentiment';
import { useDialogForm } from '../../components/ui/use-dialog-form';
import { useToday } from '../../stores/use-clock';

const SCORE_OPTIONS = [5, 4, 3, 2, 1].map((score) => ({ value: String(score), label: `${score} · ${SCORE_WORDS[score] ?? ''}` }));

const FIELDS = ['date', 'score', 'note'];
export function CheckInDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const id = useId();
  const today = useToday();
  const [date, setDate] = useState<string>(today);
  const [score, setScore] = useState('');
  const [note, setNote] = useState('');
  const form = useDialogForm(onClose);
  const { errors } = form;

  function onSubmit() {
    // An unpicked score is sent as missing, so the schema names it ('Score must be a whole number from 1 to 5').
    void form.save(() => clientWrites.saveCheckIn(clientId, { date, score: score === '' ? Number.NaN : Number(score), note }));
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
      <TextField
        id={`${id}-date`}
        label="Date"
        type="date"
        value={date}
        onChange={(event) => setDate(event.target.value)}
        error={errors.date}
      />
      <SelectField
        id={`${id}-score`}
        label="Score"
        placeholder="Choose 1–5"
        options={SCORE_OPTIONS}
        value={score}
        onChange={(event) => setScore(event.target.value)}
        error={errors.score}
      />
      <TextArea
        id={`${id}-note`}
        label="Note"
        className="span-2"
        rows={3}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errors.note}
      />
    </FormDialog>
  );
}
