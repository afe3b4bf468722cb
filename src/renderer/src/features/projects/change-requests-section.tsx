import { useState } from 'react';
import { DataTable } from '../../components/ui/data-table';
import type { Column } from '../../components/ui/data-table';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import type { Project } from '../../domain/model/project';
import type { ChangeRequest } from '../../domain/model/project-parts';
import type { CurrencyCode } from '../../domain/units/money';
import { ChangeRequestDialog } from './change-request-dialog';
import { DetailSection, actionsColumn } from './detail-section';
import { formatAmount } from './labels';
import { CHANGE_REQUEST_BADGES, CHANGE_REQUEST_STATUS_LABELS } from './labels';
import { projects } from './projects-data';
import { removeWithUndo } from '../../actions/with-undo';
import { NONE } from '../../domain/format/none';

function decision(request: ChangeRequest): string {
  if (!request.decidedAt) return NONE;
  const day = formatDay(request.decidedAt);
  return request.decidedBy ? `${day} by ${request.decidedBy}` : day;
}

export function ChangeRequestsSection({ project, currency }: { project: Project; currency: CurrencyCode }) {
  const [editing, setEditing] = useState<ChangeRequest | 'new' | null>(null);
  const requests = [...project.changeRequests].sort((a, b) => (a.askedAt < b.askedAt ? 1 : a.askedAt > b.askedAt ? -1 : 0));

  const columns: Column<ChangeRequest>[] = [
    { key: 'title', header: 'Change', cell: (request) => request.title },
    {
      key: 'status',
      header: 'Status',
      cell: (request) => (
        <span className={CHANGE_REQUEST_BADGES[request.status]}>{CHANGE_REQUEST_STATUS_LABELS[request.status]}</span>
      ),
    },
    { key: 'estimate', header: 'Estimate', numeric: true, cell: (request) => formatMinutes(request.estimateMinutes) },
    { key: 'amount', header: 'Amount', numeric: true, cell: (request) => formatAmount(request.amount, currency) },
    { key: 'asked', header: 'Asked', cell: (request) => formatDay(request.askedAt) },
    { key: 'decided', header: 'Decided', cell: decision },
    {
      key: 'communicated',
      header: 'Communicated',
      cell: (request) => (request.communicatedAt ? formatDay(request.communicatedAt) : NONE),
    },
    actionsColumn<ChangeRequest>(
      'change request',
      (request) => request.title,
      setEditing,
      (request) =>
        removeWithUndo(
          `Change request “${request.title}”`,
          () => projects.removeChangeRequest(project.id, request.id),
          () => projects.saveChangeRequest(project.id, request),
        ),
    ),
  ];

  return (
    <>
      <DetailSection
        title="Change requests"
        addLabel="Add change request"
        onAdd={() => setEditing('new')}
        isEmpty={requests.length === 0}
        emptyText="No change requests. When the client asks for more, record it here with its estimate and their decision."
      >
        <DataTable caption="Change requests" columns={columns} rows={requests} rowKey={(request) => request.id} />
      </DetailSection>
      {editing ? (
        <ChangeRequestDialog
          projectId={project.id}
          currency={currency}
          request={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
