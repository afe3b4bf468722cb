import { DataTable, type Column } from '../../components/ui/data-table';
import type { ProjectListItem } from '../../db/queries/projects';
import { spentMinor } from '../../domain/rollup-figures';
import { formatMoney } from '../../domain/format/format-money';
import type { ProjectStatus } from '../../domain/model/project';
import { toMinor, type CurrencyCode } from '../../domain/units/money';
import { hrefTo } from '../../platform/router';
import { formatHours, formatLastDay } from './labels';
import { SectionCard } from './section-card';

const STATUS: Record<ProjectStatus, { label: string; badge: string }> = {
  planned: { label: 'Planned', badge: 'badge' },
  active: { label: 'Active', badge: 'badge badge-success' },
  on_hold: { label: 'On hold', badge: 'badge badge-warning' },
  done: { label: 'Done', badge: 'badge badge-accent' },
};

export function ClientProjectsCard({ projects, currency }: { projects: readonly ProjectListItem[]; currency: CurrencyCode }) {
  const columns: Column<ProjectListItem>[] = [
    {
      key: 'name',
      header: 'Project',
      cell: ({ project }) => (
        <a href={hrefTo('projects', project.id)} className="client-project-link">
          <span className="client-project-code">{project.code}</span> {project.name}
        </a>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      cell: ({ project }) => (
        <span className="client-name-cell">
          <span className={STATUS[project.status].badge}>{STATUS[project.status].label}</span>
          {project.archived ? <span className="badge">Archived</span> : null}
        </span>
      ),
    },
    { key: 'hours', header: 'Hours logged', numeric: true, cell: ({ totals }) => formatHours(totals.minutes) },
    {
      key: 'spent',
      header: 'Spent',
      numeric: true,
      cell: ({ totals }) => formatMoney({ minor: toMinor(spentMinor(totals)), currency: totals.currency ?? currency }),
    },
    { key: 'last', header: 'Last activity', numeric: true, cell: ({ totals }) => formatLastDay(totals.lastDay) },
  ];

  return (
    <SectionCard
      title="Projects"
      wide
      summary={projects.length > 0 ? <span className="muted">{projects.length} in all</span> : null}
    >
      {projects.length === 0 ? (
        <p className="muted client-empty">
          No projects yet. Create one for this client on the <a href={hrefTo('projects')}>Projects</a> screen.
        </p>
      ) : (
        <div className="client-table-wrap">
          <DataTable caption="Projects of this client" columns={columns} rows={projects} rowKey={({ project }) => project.id} />
        </div>
      )}
    </SectionCard>
  );
}
