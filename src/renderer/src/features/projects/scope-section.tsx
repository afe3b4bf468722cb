import { useState } from 'react';
import { DataTable } from '../../components/ui/data-table';
import type { Column } from '../../components/ui/data-table';
import { formatMinutes } from '../../domain/format/format-duration';
import type { Project } from '../../domain/model/project';
import type { ScopeItem } from '../../domain/model/project-parts';
import { DetailSection, actionsColumn } from './detail-section';
import { SCOPE_STATUS_LABELS } from './labels';
import { projects } from './projects-data';
import { removeWithUndo } from '../../actions/with-undo';
import { ScopeItemDialog } from './scope-item-dialog';

const SCOPE_BADGES: Record<ScopeItem['status'], string> = {
  planned: 'badge',
  in_scope: 'badge badge-accent',
  done: 'badge badge-success',
  dropped: 'badge',
};

export function ScopeSection({ project }: { project: Project }) {
  const [editing, setEditing] = useState<ScopeItem | 'new' | null>(null);
  const items = project.scopeItems;
  // Dropped items were said no to: they stay listed but do not count towards the estimate.
  const estimate = items.filter((item) => item.status !== 'dropped').reduce((sum, item) => sum + item.estimateMinutes, 0);

  const columns: Column<ScopeItem>[] = [
    {
      key: 'title',
      header: 'Item',
      cell: (item) => <span className={item.status === 'dropped' ? 'projects-done' : undefined}>{item.title}</span>,
    },
    {
      key: 'status',
      header: 'Status',
      width: '110px',
      cell: (item) => <span className={SCOPE_BADGES[item.status]}>{SCOPE_STATUS_LABELS[item.status]}</span>,
    },
    { key: 'estimate', header: 'Estimate', numeric: true, width: '100px', cell: (item) => formatMinutes(item.estimateMinutes) },
    actionsColumn<ScopeItem>(
      'scope item',
      (item) => item.title,
      setEditing,
      (item) =>
        removeWithUndo(
          `Scope item “${item.title}”`,
          () => projects.removeScopeItem(project.id, item.id),
          () => projects.saveScopeItem(project.id, item),
        ),
    ),
  ];

  return (
    <>
      <DetailSection
        title="Scope"
        addLabel="Add scope item"
        onAdd={() => setEditing('new')}
        isEmpty={items.length === 0}
        emptyText="No scope items yet. List the features you agreed to build, each with an estimate."
      >
        <DataTable
          caption="Scope items"
          columns={columns}
          rows={items}
          rowKey={(item) => item.id}
          footer={
            <tr>
              <td colSpan={2}>Estimate without dropped items</td>
              <td className="num">{formatMinutes(estimate)}</td>
              <td />
            </tr>
          }
        />
      </DetailSection>
      {editing ? (
        <ScopeItemDialog projectId={project.id} item={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
