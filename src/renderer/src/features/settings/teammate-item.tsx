import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/text-field';
import { useForm } from '../../components/ui/use-form';
import { db } from '../../db/db';
import { teammatesRepo } from '../../db/repositories/teammates-repo';
import type { Teammate } from '../../domain/model/teammate';
import { notify } from '../../stores/toast-store';

export interface TeammateItemProps {
  teammate: Teammate;
  /** this computer is used by them (Settings → This computer) */
  usesThisComputer: boolean;
  onRemove: (teammate: Teammate) => void;
}

/** One teammate of Settings → Team: name and role, or the form renaming them (Enter saves, Escape cancels). */
export function TeammateItem({ teammate, usesThisComputer, onRemove }: TeammateItemProps) {
  const [editing, setEditing] = useState(false);
  const actions = useRef<HTMLDivElement>(null);
  // focus goes back to Edit only when leaving the form, not when the list first draws
  const leftForm = useRef(false);

  useEffect(() => {
    if (editing || !leftForm.current) return;
    leftForm.current = false;
    actions.current?.querySelector('button')?.focus();
  }, [editing]);

  function close() {
    leftForm.current = true;
    setEditing(false);
  }

  if (editing) return <TeammateEditForm teammate={teammate} onDone={close} />;
  return (
    <li className="settings-list-item">
      <div className="settings-list-text">
        <p className="team-name">
          <strong>{teammate.name}</strong>
          {usesThisComputer ? <span className="badge badge-accent team-badge">Uses this computer</span> : null}
        </p>
        <p className="muted team-role">{teammate.role || 'No role given'}</p>
      </div>
      <div className="settings-list-actions" ref={actions}>
        <Button size="sm" aria-label={`Edit ${teammate.name}`} onClick={() => setEditing(true)}>
          Edit
        </Button>
        <Button size="sm" variant="ghost" aria-label={`Remove ${teammate.name}`} onClick={() => onRemove(teammate)}>
          Remove…
        </Button>
      </div>
    </li>
  );
}

function TeammateEditForm({ teammate, onDone }: { teammate: Teammate; onDone: () => void }) {
  const form = useForm({ name: teammate.name, role: teammate.role }, { idPrefix: `teammate-${teammate.id}` });
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const name = formRef.current?.querySelector('input');
    name?.focus();
    name?.select();
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    let name = '';
    const saved = await form.submit(async () => {
      name = (await teammatesRepo(db).update(teammate.id, form.values)).name;
    });
    if (saved) {
      notify(`${name} saved`, undefined, 'success');
      onDone();
    }
  }

  return (
    <li className="settings-list-item is-editing">
      <form
        ref={formRef}
        className="team-form"
        aria-label={`Edit ${teammate.name}`}
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onDone();
          }
        }}
      >
        <TextField label="Name" autoComplete="off" {...form.field('name')} />
        <TextField label="Role" autoComplete="off" placeholder="Optional" {...form.field('role')} />
        <div className="settings-row-action settings-list-actions">
          <Button type="submit" variant="primary" size="sm" disabled={form.submitting}>
            Save
          </Button>
          <Button size="sm" onClick={onDone}>
            Cancel
          </Button>
        </div>
      </form>
    </li>
  );
}
