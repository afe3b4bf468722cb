import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { db } from '../../db/db';
import { listClientOptions } from '../../db/queries/projects-list-extras';
import { getSettings } from '../../db/queries/singletons';
import { useRegisterCommands } from '../../stores/command-store';
import type { Command } from '../../stores/command-store';
import { navigate } from '../../platform/router';
import { notify } from '../../stores/toast-store';
import { ProjectDetail } from './project-detail';
import { ProjectDialog } from './project-dialog';
import { ProjectList } from './project-list';
import { useProjectFilters } from './use-project-filters';
import './projects.css';

/** '#/projects' lists projects; '#/projects/<id>' shows one. */
export function ProjectsScreen({ params }: { params: string[] }) {
  const projectId = params[0];
  const clients = useLiveQuery(() => listClientOptions(db), [], undefined);
  const settings = useLiveQuery(() => getSettings(db), [], undefined);
  const filterClientId = useProjectFilters((state) => state.clientId);
  const [creating, setCreating] = useState(false);

  const startNew = useCallback(() => {
    // A project belongs to a client: with none yet, point to where clients are made.
    if (clients !== undefined && !clients.some((client) => !client.archived)) {
      notify('Create a client first: every project belongs to one', { label: 'Go to Clients', run: () => navigate('clients') });
      return;
    }
    setCreating(true);
  }, [clients]);
  const commands = useMemo<Command[]>(
    () => [{ id: 'projects:new', title: 'New project', group: 'Projects', run: startNew }],
    [startNew],
  );
  useRegisterCommands(commands);

  return (
    <>
      {projectId ? (
        <ProjectDetail key={projectId} projectId={projectId} clients={clients} settings={settings} />
      ) : (
        <ProjectList clients={clients} onNew={startNew} />
      )}
      {creating && clients && settings ? (
        <ProjectDialog
          clients={clients}
          settings={settings}
          clientId={projectId ? undefined : filterClientId || undefined}
          onClose={() => setCreating(false)}
          onSaved={(project) => navigate('projects', project.id)}
        />
      ) : null}
    </>
  );
}
