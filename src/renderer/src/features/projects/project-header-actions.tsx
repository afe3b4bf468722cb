import { useId } from 'react';
import { Button } from '../../components/ui/button';
import { PROJECT_STATUSES } from '../../domain/model/project';
import type { Project, ProjectStatus } from '../../domain/model/project';
import { navigate } from '../../platform/router';
import { notify } from '../../stores/toast-store';
import { moveToTrashWithUndo } from '../../actions/with-undo';
import { STATUS_LABELS } from './labels';
import { projects } from './projects-data';
import { runOrNotify } from './run-or-notify';

function isStatus(value: string): value is ProjectStatus {
  return PROJECT_STATUSES.some((status) => status === value);
}

/** Status, edit, archive and delete for the project page's header. */
export function ProjectHeaderActions({ project, onEdit }: { project: Project; onEdit: () => void }) {
  const statusId = useId();

  function toggleArchived() {
    const archived = !project.archived;
    void runOrNotify(
      () => projects.setArchived(project.id, archived),
      () =>
        notify(archived ? `${project.code} archived` : `${project.code} is back from the archive`, {
          label: 'Undo',
          run: () => runOrNotify(() => projects.setArchived(project.id, !archived)),
        }),
    );
  }

  async function remove() {
    // Leave the page first: the project is gone until Undo brings it back.
    navigate('projects');
    await moveToTrashWithUndo('projects', project.id);
  }

  return (
    <>
      <div className="projects-status-control">
        <label htmlFor={statusId}>Status</label>
        <select
          id={statusId}
          className="input select"
          value={project.status}
          onChange={(event) => {
            const status = event.target.value;
            if (isStatus(status)) void runOrNotify(() => projects.setStatus(project.id, status));
          }}
        >
          {PROJECT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <Button onClick={onEdit}>Edit project</Button>
      <Button onClick={toggleArchived}>{project.archived ? 'Unarchive' : 'Archive'}</Button>
      <Button variant="danger" onClick={() => void remove()}>
        Delete
      </Button>
    </>
  );
}
