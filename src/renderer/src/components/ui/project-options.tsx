import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';

export interface ProjectOptionGroup {
  client: Client;
  projects: readonly Project[];
}

/** `<optgroup>`s of projects by client for a native select: 'WEB · Website' under 'Acme'. */
export function ProjectOptions({ groups }: { groups: readonly ProjectOptionGroup[] }) {
  return (
    <>
      {groups.map((group) => (
        <optgroup key={group.client.id} label={group.client.name}>
          {group.projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.code} · {project.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
