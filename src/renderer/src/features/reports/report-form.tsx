import { Checkbox } from '../../components/ui/checkbox';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';
import type { ReportPaper } from '../../domain/report/report-types';
import { hrefTo } from '../../platform/router';
import type { PeriodCheck } from './report-options';

const PAPER_OPTIONS = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'US Letter' },
] as const;

const STAGE_LABELS: Record<Project['status'], string> = {
  planned: 'planned',
  active: 'active',
  on_hold: 'on hold',
  done: 'done',
};

export interface ReportFormProps {
  clients: readonly Client[];
  clientId: string;
  onClient: (id: string) => void;
  from: string;
  to: string;
  onPeriod: (from: string, to: string) => void;
  check: PeriodCheck;
  paper: ReportPaper;
  onPaper: (paper: ReportPaper) => void;
  projects: readonly Project[] | undefined;
  selected: ReadonlySet<string>;
  onToggle: (projectId: string, on: boolean) => void;
}

/** What goes into the report: client, period, paper and the client's projects. */
export function ReportForm(props: ReportFormProps) {
  const { projects, selected } = props;
  return (
    <form className="card reports-form" aria-label="Report contents" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        id="report-client"
        label="Client"
        value={props.clientId}
        options={props.clients.map((client) => ({ value: client.id, label: client.name }))}
        onChange={(event) => props.onClient(event.target.value)}
      />
      <div className="reports-period">
        <TextField
          id="report-from"
          label="From"
          type="date"
          value={props.from}
          error={props.check.errors.from}
          onChange={(event) => props.onPeriod(event.target.value, props.to)}
        />
        <TextField
          id="report-to"
          label="To"
          type="date"
          value={props.to}
          error={props.check.errors.to}
          onChange={(event) => props.onPeriod(props.from, event.target.value)}
        />
      </div>
      <SelectField
        id="report-paper"
        label="Paper"
        value={props.paper}
        options={PAPER_OPTIONS}
        onChange={(event) => props.onPaper(event.target.value === 'letter' ? 'letter' : 'a4')}
      />
      <fieldset className="reports-projects">
        <legend className="field-label">Projects</legend>
        {projects === undefined ? null : projects.length === 0 ? (
          <p className="muted">
            This client has no projects yet. <a href={hrefTo('projects')}>Add a project</a> to report on it.
          </p>
        ) : (
          projects.map((project) => (
            <Checkbox
              key={project.id}
              id={`report-project-${project.id}`}
              label={`${project.name} (${STAGE_LABELS[project.status]})`}
              checked={selected.has(project.id)}
              onChange={(event) => props.onToggle(project.id, event.target.checked)}
            />
          ))
        )}
      </fieldset>
    </form>
  );
}
