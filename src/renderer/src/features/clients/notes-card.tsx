import { Button } from '../../components/ui/button';
import { TextArea } from '../../components/ui/text-area';
import { useForm } from '../../components/ui/use-form';
import type { Client } from '../../domain/model/client';
import { notify } from '../../stores/toast-store';
import { clientWrites } from './client-writes';
import { SectionCard } from './section-card';

/** Free-form notes about the client; edits stay a draft until saved (Ctrl+Enter or Save notes). */
export function NotesCard({ client }: { client: Client }) {
  // null: showing what is stored; text: an unsaved draft.
  const form = useForm<{ notes: string | null }>({ notes: null });
  const { errors, submitting, submit } = form;
  const draft = form.values.notes;
  const setDraft = (text: string | null) => form.set('notes', text);
  const value = draft ?? client.notes;
  const dirty = draft !== null && draft !== client.notes;

  async function save() {
    if (!dirty) return;
    const text = draft;
    if (await submit(() => clientWrites.update(client.id, { notes: text }))) {
      setDraft(null);
      notify('Notes saved');
    }
  }

  return (
    <SectionCard title="Notes">
      <form
        className="client-notes"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextArea
          id={form.id('notes')}
          label="Notes about this client"
          rows={6}
          value={value}
          placeholder="How they like to work, who decides, what to remember…"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void save();
            }
          }}
          error={errors.notes}
          hint="Ctrl+Enter saves"
        />
        <div className="client-notes-actions">
          <Button type="submit" size="sm" variant="primary" disabled={!dirty || submitting}>
            Save notes
          </Button>
          {dirty ? (
            <Button size="sm" variant="ghost" onClick={() => setDraft(null)}>
              Discard changes
            </Button>
          ) : null}
        </div>
      </form>
    </SectionCard>
  );
}
