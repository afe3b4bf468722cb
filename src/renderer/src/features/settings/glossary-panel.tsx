import { useState } from 'react';
import { useForm } from '../../components/ui/use-form';
import type { FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/text-field';
import { db } from '../../db/db';
import { settingsRepo } from '../../db/repositories/settings-repo';
import { glossarySchema } from '../../domain/model/settings';
import type { GlossaryTerm, Settings } from '../../domain/model/settings';
import { BUILT_IN_GLOSSARY } from '../../domain/updates/glossary';
import { fieldErrorsOf } from '../../domain/validation';
import type { FieldErrors } from '../../domain/validation';
import { notify } from '../../stores/toast-store';
import './glossary-panel.css';

const saveGlossary = (glossary: GlossaryTerm[]) => settingsRepo(db).update({ glossary });

/** The user's jargon glossary for client updates: add, edit and remove terms; the built-in terms for reference. */
export function GlossaryPanel({ settings }: { settings: Settings }) {
  // settings saved before the glossary existed have none
  const terms = settings.glossary ?? [];
  const form = useForm({ term: '', gloss: '' }, { idPrefix: 'glossary' });
  const { values: draft, submitting, submit, setErrors } = form;
  const [editing, setEditing] = useState<number | null>(null);

  function reset() {
    form.setValues({ term: '', gloss: '' });
    setEditing(null);
    setErrors({});
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const index = editing ?? terms.length;
    const next = [...terms.slice(0, index), draft, ...terms.slice(index + 1)];
    // the schema checks the whole list (unique terms); its messages are keyed by position
    const listErrors = fieldErrorsOf(glossarySchema, next);
    const found: FieldErrors = {};
    for (const field of ['term', 'gloss'] as const) {
      const message = listErrors[`${index}.${field}`];
      if (message) found[field] = message;
    }
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    const term = draft.term.trim();
    if (await submit(() => saveGlossary(next))) {
      notify(editing === null ? `“${term}” added to the glossary` : `“${term}” updated`, undefined, 'success');
      reset();
    }
  }

  function startEditing(index: number) {
    const entry = terms[index];
    if (!entry) return;
    setEditing(index);
    form.setValues({ ...entry });
    setErrors({});
  }

  async function remove(index: number) {
    const removed = terms[index];
    if (!removed) return;
    await saveGlossary(terms.filter((_, at) => at !== index));
    if (editing === index) reset();
    notify(`“${removed.term}” removed from the glossary`, {
      label: 'Undo',
      run: async () => {
        const now = (await settingsRepo(db).get()).glossary ?? [];
        await saveGlossary([...now.slice(0, index), removed, ...now.slice(index)]);
      },
    });
  }

  return (
    <section className="card settings-card" aria-labelledby="glossary-title">
      <div>
        <h2 id="glossary-title">Jargon glossary</h2>
        <p className="muted">
          Client updates flag these terms and offer a plain-language explanation. Your terms add to the {BUILT_IN_GLOSSARY.length}{' '}
          built-in ones; a term with a built-in’s name replaces its explanation.
        </p>
      </div>
      {terms.length > 0 ? (
        <table className="data-table glossary-table">
          <caption className="visually-hidden">Your glossary terms</caption>
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col">Plain-language meaning</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {terms.map((entry, index) => (
              <tr key={entry.term}>
                <td className="glossary-term">{entry.term}</td>
                <td>{entry.gloss}</td>
                <td className="glossary-actions">
                  <Button size="sm" variant="ghost" aria-label={`Edit ${entry.term}`} onClick={() => startEditing(index)}>
                    Edit
                  </Button>
                  <Button size="sm" variant="ghost" aria-label={`Remove ${entry.term}`} onClick={() => void remove(index)}>
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form
        className="glossary-form"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-label={editing === null ? 'Add a glossary term' : 'Edit a glossary term'}
      >
        <TextField label="Term" {...form.field('term')} />
        <TextField label="Plain-language meaning" {...form.field('gloss')} />
        <div className="glossary-form-actions settings-row-action">
          {editing !== null ? <Button onClick={reset}>Cancel</Button> : null}
          <Button type="submit" variant="primary" disabled={submitting}>
            {editing === null ? 'Add term' : 'Save term'}
          </Button>
        </div>
      </form>
      <details className="glossary-built-in">
        <summary>Built-in terms ({BUILT_IN_GLOSSARY.length})</summary>
        <dl>
          {BUILT_IN_GLOSSARY.map((entry) => (
            <div key={entry.term}>
              <dt>{entry.term}</dt>
              <dd>{entry.gloss}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
