import { useLiveQuery } from 'dexie-react-hooks';
import type { ChangeEvent } from 'react';
import { errorText } from '@shared/error-text';
import { SelectField } from '../../components/ui/select-field';
import { db } from '../../db/db';
import { devicePeople } from '../../db/queries/people';
import { settingsRepo } from '../../db/repositories/settings-repo';
import { notify } from '../../stores/toast-store';

// Who uses this computer (docs/product.md, "People"). Saved at once, on this computer only: a
// synced settings document never changes it (DEVICE_LOCAL_SETTINGS).

/** Settings → This computer: the person whose time and plans are made here. */
export function DevicePersonSection() {
  const people = useLiveQuery(() => devicePeople(db), [], undefined);
  if (!people) return null;

  async function choose(event: ChangeEvent<HTMLSelectElement>) {
    const personId = event.target.value;
    const name = people?.people.find((person) => person.id === personId)?.name ?? personId;
    try {
      await settingsRepo(db).update({ devicePersonId: personId });
      notify(`This computer is used by ${name}`, undefined, 'success');
    } catch (error) {
      notify(errorText(error), undefined, 'error');
    }
  }

  // A teammate removed since keeps the choice readable until another is picked.
  const listed = people.people.some((person) => person.id === people.devicePersonId);
  const options = [
    ...people.people.map((person) => ({ value: person.id, label: person.name })),
    ...(listed ? [] : [{ value: people.devicePersonId, label: 'A teammate no longer in the agency' }]),
  ];
  return (
    <section className="card settings-card" aria-labelledby="device-person-title">
      <div>
        <h2 id="device-person-title">This computer</h2>
        <p className="muted">
          Time logged, imported and planned here is this person’s, and Time, Today, Planner and Switching show their work first
          (Everyone shows the whole agency’s). Budgets, invoices and reports always count everyone. This choice stays on this
          computer: syncing never changes it.
        </p>
      </div>
      <SelectField
        id="device-person"
        label="This computer is used by"
        options={options}
        value={people.devicePersonId}
        onChange={(event) => void choose(event)}
      />
    </section>
  );
}
