import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';

export interface ProjectOptionGroup {
  client: Client;
  projects: readonly Project[];
}

export interface ProjectOptionsProps {
  groups: readonly ProjectOptionGroup[];
  /**
   * The project a record already points at. When the groups no longer offer it (done, archived), it is
   * still listed first, so editing the record never silently changes its project.
   */
  current?: Project | undefined;
}

const label = (project: Project) => `${project.code} · ${project.name}`;

/** `<optgroup>`s of projects by client for a native select: 'WEB · Website' under 'Acme'. */
export function ProjectOptions({ groups, current }: ProjectOptionsProps) {
  const listed = current === undefined || groups.some((group) => group.projects.some((project) => project.id === current.id));
  return (
    <>
      {listed ? null : <option value={current.id}>{label(current)}</option>}
      {groups.map((group) => (
        <optgroup key={group.client.id} label={group.client.name}>
          {group.projects.map((project) => (
            <option key={project.id} value={project.id}>
              {label(project)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
