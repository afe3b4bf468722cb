import { ValidationError, validate } from '../../domain/validation';
import { projectSchema } from '../../domain/model/project';
import type { Project, ProjectInput, ProjectStatus } from '../../domain/model/project';
import type { TandemDb } from '../db';
import { mustGet, requireClient } from './lookups';
import { trashRepo } from './trash-repo';

export type ProjectPatch = Partial<Omit<ProjectInput, 'id'>>;

async function assertCodeFree(db: TandemDb, project: Project): Promise<void> {
  const holder = await db.projects.where('code').equals(project.code).first();
  if (holder && holder.id !== project.id) {
    throw ValidationError.single('code', `Code ${project.code} is already used by “${holder.name}”`);
  }
}

// A project's own fields. Its currency is its client's, so moving it to a client with another
// currency is refused once time or expenses are logged.
export function projectCore(db: TandemDb) {
  async function save(next: Project, previous?: Project): Promise<Project> {
    await requireClient(db, next.clientId);
    await assertCodeFree(db, next);
    if (previous && previous.clientId !== next.clientId) {
      const [from, to, totals] = await Promise.all([
        db.clients.get(previous.clientId),
        db.clients.get(next.clientId),
        db.projectTotals.get(next.id),
      ]);
      if (totals && from?.currency !== to?.currency) {
        throw ValidationError.single(
          'clientId',
          'Time is already logged in another currency; choose a client billed in the same currency',
        );
      }
    }
    await db.projects.put(next);
    return next;
  }

  const scope = () => [db.projects, db.clients, db.projectTotals];

  async function update(id: string, patch: ProjectPatch): Promise<Project> {
    return db.transaction('rw', scope(), async () => {
      const previous = await mustGet('project', id, (key) => db.projects.get(key));
      return save(validate(projectSchema, { ...previous, ...patch, id }), previous);
    });
  }

  return {
    async createProject(input: ProjectInput): Promise<Project> {
      const project = validate(projectSchema, input);
      return db.transaction('rw', scope(), async () => save(project));
    },

    updateProject: update,

    setStatus(id: string, status: ProjectStatus): Promise<Project> {
      return update(id, { status });
    },

    setArchived(id: string, archived: boolean): Promise<Project> {
      return update(id, { archived });
    },

    /** Moves the project with its time entries, expenses, tasks and blocks to the trash. */
    deleteProject(id: string) {
      return trashRepo(db).moveToTrash('projects', id);
    },
  };
}
