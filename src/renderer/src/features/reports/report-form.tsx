import { Checkbox } from '../../components/ui/checkbox';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import type { Form } from '../../components/ui/use-form';
import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';
import { oneOf } from '../../domain/parse/form-reader';
import type { ReportPaper } from '../../domain/report/report-types';
import { hrefTo } from '../../platform/router';
import type { PeriodCheck } from './report-options';

const PAPER_OPTIONS = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'US Letter' },
] as const;
const readPaper = oneOf(PAPER_OPTIONS.map((option) => option.value));

/** The report's choices as the form holds them; the client is '' until one is picked. */
export interface ReportChoices {
  client: string;
  from: string;
  to: string;
  paper: ReportPaper;
  /** the Profitability section: off by default, since clients must not see margins */
  profitability: boolean;
}

const STAGE_LABELS: Record<Project['status'], string> = {
  planned: 'planned',
  active: 'active',
  on_hold: 'on hold',
  done: 'done',
};

export interface ReportFormProps {
  form: Form<ReportChoices>;
  clients: readonly Client[];
  /** the client shown: the one picked, else the first */
  clientId: string;
  check: PeriodCheck;
  projects: readonly Project[] | undefined;
  selected: ReadonlySet<string>;
  onToggle: (projectId: string, on: boolean) => void;
}

/** What goes into the report: client, period, paper and the client's projects. */
export function ReportForm(props: ReportFormProps) {
  const { form, projects, selected } = props;
  return (
    <form className="card reports-form" aria-label="Report contents" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label="Client"
        options={props.clients.map((client) => ({ value: client.id, label: client.name }))}
        {...form.field('client')}
        value={props.clientId}
      />
      {/* The period is checked as it is typed: the preview follows it. */}
      <div className="reports-period">
        <TextField label="From" type="date" {...form.field('from')} error={props.check.errors.from} />
        <TextField label="To" type="date" {...form.field('to')} error={props.check.errors.to} />
      </div>
      <SelectField label="Paper" options={PAPER_OPTIONS} {...form.field('paper', { read: readPaper })} />
      <Checkbox
        label="Include profitability (revenue, cost, margin): internal only, margins stay in the agency"
        {...form.check('profitability')}
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
