import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { moveToTrashWithUndo } from '../../actions/with-undo';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { Dialog } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/text-field';
import { useForm } from '../../components/ui/use-form';
import { db } from '../../db/db';
import { listTeammates } from '../../db/queries/cost-rates';
import { teammatesRepo } from '../../db/repositories/teammates-repo';
import type { Settings } from '../../domain/model/settings';
import type { Teammate } from '../../domain/model/teammate';
import { notify } from '../../stores/toast-store';
import { TeammateItem } from './teammate-item';
import './team.css';

// Settings → Team (docs/product.md, "People"): the teammates entries, blocks, tasks and cost rates
// name. Removing one goes to the trash with Undo; their work stays, named "A former teammate".

/** The people besides the owner: add, rename, remove. */
export function TeamSection({ settings }: { settings: Settings }) {
  const teammates = useLiveQuery(() => listTeammates(db), [], undefined);
  const [removing, setRemoving] = useState<Teammate | null>(null);
  const form = useForm({ name: '', role: '' }, { idPrefix: 'teammate-new' });
  const addForm = useRef<HTMLFormElement>(null);
  if (!teammates) return null;

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    let name = '';
    const saved = await form.submit(async () => {
      name = (await teammatesRepo(db).create(form.values)).name;
    });
    if (saved) {
      notify(`${name} added to the team`, undefined, 'success');
      form.setValues({ name: '', role: '' });
    }
  }

  async function remove(teammate: Teammate) {
    setRemoving(null);
    await moveToTrashWithUndo('teammates', teammate.id);
    // the Remove button went with them: focus stays in the section, ready to add someone
    addForm.current?.querySelector('input')?.focus();
  }

  return (
    <section className="card settings-card" aria-labelledby="team-title">
      <div>
        <h2 id="team-title">Team</h2>
        <p className="muted">
          The people who work with the agency owner. Each can be chosen under This computer, given cost rates, assigned tasks, and is
          named on invoice lines grouped per person; Time, Today, Planner and Switching show their work with Mine / Everyone.
        </p>
      </div>
      {teammates.length === 0 ? (
        <p className="team-empty">No teammates yet: the people you add appear here. An agency of one needs none.</p>
      ) : (
        <ul className="settings-list" aria-label="Teammates">
          {teammates.map((teammate) => (
            <TeammateItem
              key={teammate.id}
              teammate={teammate}
              usesThisComputer={teammate.id === settings.devicePersonId}
              onRemove={setRemoving}
            />
          ))}
        </ul>
      )}
      <form ref={addForm} className="team-form" onSubmit={(event) => void onAdd(event)} noValidate aria-label="Add a teammate">
        <TextField label="Name" autoComplete="off" {...form.field('name')} />
        <TextField label="Role" autoComplete="off" placeholder="Optional" {...form.field('role')} />
        <div className="settings-row-action">
          <Button type="submit" variant="primary" disabled={form.submitting}>
            Add teammate
          </Button>
        </div>
      </form>
      {removing && removing.id === settings.devicePersonId ? (
        <Dialog
          title={`${removing.name} uses this computer`}
          size="sm"
          onClose={() => setRemoving(null)}
          footer={<Button onClick={() => setRemoving(null)}>Close</Button>}
        >
          <p>
            Everything logged and planned here is recorded as {removing.name}’s. Choose who uses this computer under This computer
            first, then remove {removing.name}.
          </p>
        </Dialog>
      ) : removing ? (
        <ConfirmDialog
          title={`Remove ${removing.name} from the team?`}
          message={`Their time entries and planned blocks stay, with the cost they were given, and show as “A former teammate”. Tasks assigned to them go back to the agency owner, and their cost rates leave with them. Undo, or the trash, brings everything back.`}
          confirmLabel="Remove"
          danger
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}
