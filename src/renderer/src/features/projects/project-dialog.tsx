import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import { FormDialog } from '../../components/ui/form-dialog';
import { PROJECT_FORM_FIELDS, ProjectFormFields } from './project-form-fields';
import { newProjectValues, projectInputOf, projectValues } from './project-form-values';
import { projects } from './projects-data';
import { useDialogForm } from '../../components/ui/use-dialog-form';

export interface ProjectDialogProps {
  clients: readonly Client[];
  settings: Settings;
  /** the project to edit; without it the dialog creates one */
  project?: Project;
  /** preselects the client of a new project (e.g. the list's client filter) */
  clientId?: string;
  onClose: () => void;
  onSaved: (project: Project) => void;
}

/** Creates or edits a project's own fields; nothing is saved while any field is invalid. */
export function ProjectDialog({ clients, settings, project, clientId, onClose, onSaved }: ProjectDialogProps) {
  const currencyOf = (id: string) => clients.find((client) => client.id === id)?.currency ?? settings.homeCurrency;
  const form = useDialogForm(onClose, () =>
    project
      ? projectValues(project, currencyOf(project.clientId))
      : newProjectValues(clientId ?? '', settings.defaultRate, currencyOf(clientId ?? '')),
  );
  const currency = currencyOf(form.values.clientId);
  // Archived clients take no new projects, but a project keeps showing the client it has.
  const choices = clients.filter((client) => !client.archived || client.id === project?.clientId);

  const save = () =>
    void form.save(async () => {
      const input = projectInputOf(form.values, currency);
      onSaved(project ? await projects.updateProject(project.id, input) : await projects.createProject(input));
    });

  return (
    <FormDialog
      title={project ? `Edit ${project.code}` : 'New project'}
      submitLabel={project ? 'Save project' : 'Create project'}
      form={form}
      onSubmit={save}
      fields={PROJECT_FORM_FIELDS}
      size="lg"
    >
      <ProjectFormFields form={form} clients={choices} currency={currency} />
    </FormDialog>
  );
}
