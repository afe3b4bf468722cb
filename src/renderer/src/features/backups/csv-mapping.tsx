import { formatMinutes } from '../../domain/format/format-duration';
import type { ClientName, ExistingClient, ExistingProject, ProjectName, Target } from '../../domain/csv/mapping';
import type { Targets } from '../../domain/csv/mapping';

export interface CsvMappingProps {
  clients: readonly ClientName[];
  projects: readonly ProjectName[];
  existing: { clients: readonly ExistingClient[]; projects: readonly ExistingProject[] };
  targets: Targets;
  homeCurrency: string;
  disabled: boolean;
  onClient: (key: string, target: Target) => void;
  onProject: (key: string, target: Target) => void;
}

const valueOf = (target: Target | undefined) => (target?.kind === 'existing' ? `existing:${target.id}` : 'new');
const targetOf = (value: string): Target => (value.startsWith('existing:') ? { kind: 'existing', id: value.slice('existing:'.length) } : { kind: 'new' });

interface TargetSelectProps {
  label: string;
  target: Target | undefined;
  createLabel: string;
  options: readonly { id: string; label: string }[];
  disabled: boolean;
  onChange: (target: Target) => void;
}

/** "Create it" or one of the existing records. */
function TargetSelect({ label, target, createLabel, options, disabled, onChange }: TargetSelectProps) {
  return (
    <select className="input select" aria-label={label} value={valueOf(target)} disabled={disabled} onChange={(event) => onChange(targetOf(event.target.value))}>
      <option value="new">{createLabel}</option>
      {options.map((option) => (
        <option key={option.id} value={`existing:${option.id}`}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** Which client and project each name in the file becomes: matched, created, or chosen by the user. */
export function CsvMapping({ clients, projects, existing, targets, homeCurrency, disabled, onClient, onProject }: CsvMappingProps) {
  const clientName = new Map(existing.clients.map((client) => [client.id, client.name]));
  const clientOptions = existing.clients.map((client) => ({ id: client.id, label: `${client.name} (${client.currency})` }));
  const projectOptions = existing.projects
    .map((project) => ({ id: project.id, label: `${clientName.get(project.clientId) ?? '?'} · ${project.name}` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const clientLabel = (key: string) => {
    const target = targets.clientTargets.get(key);
    return target?.kind === 'existing' ? clientName.get(target.id) : clients.find((client) => client.key === key)?.name;
  };
  return (
    <div className="csv-mapping">
      <table className="data-table">
        <caption>Clients</caption>
        <thead>
          <tr>
            <th scope="col">In the file</th>
            <th scope="col" className="num">
              Entries
            </th>
            <th scope="col">In Tandem</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => (
            <tr key={client.key}>
              <th scope="row">{client.name}</th>
              <td className="num">{client.entryCount.toLocaleString()}</td>
              <td>
                <TargetSelect
                  label={`Client for “${client.name}”`}
                  target={targets.clientTargets.get(client.key)}
                  createLabel={`Create “${client.name}” (${client.currency ?? homeCurrency})`}
                  options={clientOptions}
                  disabled={disabled}
                  onChange={(target) => onClient(client.key, target)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>Projects</caption>
        <thead>
          <tr>
            <th scope="col">In the file</th>
            <th scope="col" className="num">
              Entries
            </th>
            <th scope="col" className="num">
              Time
            </th>
            <th scope="col">In Tandem</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.key}>
              <th scope="row">
                {project.name}
                <span className="muted csv-mapping-client">{clients.find((client) => client.key === project.clientKey)?.name}</span>
              </th>
              <td className="num">{project.entryCount.toLocaleString()}</td>
              <td className="num">{formatMinutes(project.minutes)}</td>
              <td>
                <TargetSelect
                  label={`Project for “${project.name}”`}
                  target={targets.projectTargets.get(project.key)}
                  createLabel={`Create “${project.name}” for ${clientLabel(project.clientKey) ?? ''}`}
                  options={projectOptions}
                  disabled={disabled}
                  onChange={(target) => onProject(project.key, target)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
