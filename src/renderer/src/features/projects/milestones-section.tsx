import { useState } from 'react';
import { DataTable } from '../../components/ui/data-table';
import type { Column } from '../../components/ui/data-table';
import { formatDay } from '../../domain/format/format-day';
import type { Milestone } from '../../domain/model/project-parts';
import type { Project } from '../../domain/model/project';
import { DetailSection, actionsColumn } from './detail-section';
import { MilestoneDialog } from './milestone-dialog';
import { projects } from './projects-data';
import { runOrNotify } from './run-or-notify';
import { removeWithUndo } from '../../actions/with-undo';
import { NONE } from '../../domain/format/none';

export function MilestonesSection({ project }: { project: Project }) {
  const [editing, setEditing] = useState<Milestone | 'new' | null>(null);
  const milestones = [...project.milestones].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));

  const columns: Column<Milestone>[] = [
    {
      key: 'done',
      header: 'Done',
      width: '56px',
      cell: (milestone) => (
        <input
          type="checkbox"
          className="projects-done-toggle"
          aria-label={`Milestone “${milestone.name}” done`}
          checked={milestone.doneAt !== undefined}
          onChange={(event) => {
            const day = event.target.checked ? undefined : null;
            void runOrNotify(() => projects.setMilestoneDone(project.id, milestone.id, day));
          }}
        />
      ),
    },
    {
      key: 'name',
      header: 'Milestone',
      cell: (milestone) => <span className={milestone.doneAt ? 'projects-done' : undefined}>{milestone.name}</span>,
    },
    { key: 'due', header: 'Due', cell: (milestone) => formatDay(milestone.due) },
    { key: 'doneAt', header: 'Done on', cell: (milestone) => (milestone.doneAt ? formatDay(milestone.doneAt) : NONE) },
    actionsColumn<Milestone>(
      'milestone',
      (milestone) => milestone.name,
      setEditing,
      (milestone) =>
        removeWithUndo(
          `Milestone “${milestone.name}”`,
          () => projects.removeMilestone(project.id, milestone.id),
          () => projects.saveMilestone(project.id, milestone),
        ),
    ),
  ];

  return (
    <>
      <DetailSection
        title="Milestones"
        addLabel="Add milestone"
        onAdd={() => setEditing('new')}
        isEmpty={milestones.length === 0}
        emptyText="No milestones yet. Add the dates the client is waiting for."
      >
        <DataTable caption="Milestones" columns={columns} rows={milestones} rowKey={(milestone) => milestone.id} />
      </DetailSection>
      {editing ? (
        <MilestoneDialog
          projectId={project.id}
          milestone={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
