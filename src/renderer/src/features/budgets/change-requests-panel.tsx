import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import type { Column } from '../../components/ui/data-table';
import { PlusIcon } from '../../components/ui/icons';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import { formatMoney } from '../../domain/format/format-money';
import type { Project } from '../../domain/model/project';
import type { ChangeRequest } from '../../domain/model/project-parts';
import type { DayKey } from '../../domain/time/day-key';
import { money } from '../../domain/units/money';
import type { CurrencyCode } from '../../domain/units/money';
import { markCommunicated } from './change-request-writes';
import { DecideDialog } from './decide-dialog';
import { EstimateDialog } from './estimate-dialog';
import { NONE } from '../../domain/format/none';
import { CHANGE_STATUS_BADGES, CHANGE_STATUS_LABELS } from '../../components/budget/budget-labels';

type Open =
  | { kind: 'decide'; request: ChangeRequest; decision: 'approved' | 'declined' }
  | { kind: 'estimate'; request?: ChangeRequest }
  | null;

const isOpen = (request: ChangeRequest) => request.status === 'asked' || request.status === 'estimated';

/** Open requests first (oldest ask first), then the decided ones, latest decision first. */
function ordered(requests: readonly ChangeRequest[]): ChangeRequest[] {
  const open = requests.filter(isOpen).sort((a, b) => (a.askedAt < b.askedAt ? -1 : 1));
  const decided = requests
    .filter((request) => !isOpen(request))
    .sort((a, b) => ((a.decidedAt ?? '') < (b.decidedAt ?? '') ? 1 : -1));
  return [...open, ...decided];
}

export function ChangeRequestsPanel({ project, currency, today }: { project: Project; currency: CurrencyCode; today: DayKey }) {
  const [open, setOpen] = useState<Open>(null);
  const requests = ordered(project.changeRequests);
  const amount = (minor: number) => (minor > 0 ? formatMoney(money(minor, currency)) : NONE);

  const columns: Column<ChangeRequest>[] = [
    { key: 'title', header: 'Change', cell: (request) => <span className="budget-cr-title">{request.title}</span> },
    {
      key: 'status',
      header: 'Status',
      cell: (request) => <span className={CHANGE_STATUS_BADGES[request.status]}>{CHANGE_STATUS_LABELS[request.status]}</span>,
    },
    {
      key: 'estimate',
      header: 'Estimate',
      numeric: true,
      cell: (request) => (request.estimateMinutes > 0 ? formatMinutes(request.estimateMinutes) : NONE),
    },
    { key: 'amount', header: 'Amount', numeric: true, cell: (request) => amount(request.amount) },
    { key: 'asked', header: 'Asked', cell: (request) => formatDay(request.askedAt) },
    {
      key: 'decided',
      header: 'Decided',
      cell: (request) =>
        request.decidedAt ? (
          <>
            {formatDay(request.decidedAt)}
            {request.decidedBy ? <span className="budget-cell-sub">by {request.decidedBy}</span> : null}
          </>
        ) : (
          <span className="muted">{NONE}</span>
        ),
    },
    {
      key: 'communicated',
      header: 'Told the client',
      cell: (request) =>
        request.communicatedAt ? (
          formatDay(request.communicatedAt)
        ) : (
          <span className="muted">{isOpen(request) ? NONE : 'Not yet'}</span>
        ),
    },
    {
      key: 'actions',
      header: 'Actions',
      cell: (request) => <RequestActions request={request} onOpen={setOpen} projectId={project.id} today={today} />,
    },
  ];

  return (
    <section className="card budget-cr-card" aria-labelledby="change-requests-title">
      <header className="budget-card-header">
        <h2 id="change-requests-title">Change requests</h2>
        <span className="muted budget-card-note">{recordOf(project.changeRequests, currency)}</span>
        <Button size="sm" className="budget-card-action" onClick={() => setOpen({ kind: 'estimate' })}>
          <PlusIcon />
          Add change request
        </Button>
      </header>
      {requests.length === 0 ? (
        <p className="muted budget-cr-empty">
          No change requests yet. When the client asks for more, add it here with its estimate; approving it moves the baseline.
        </p>
      ) : (
        <div className="budget-table-wrap">
          <DataTable caption="Change requests" columns={columns} rows={requests} rowKey={(request) => request.id} />
        </div>
      )}
      {open?.kind === 'decide' ? (
        <DecideDialog
          projectId={project.id}
          request={open.request}
          decision={open.decision}
          currency={currency}
          today={today}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'estimate' ? (
        <EstimateDialog
          projectId={project.id}
          currency={currency}
          today={today}
          request={open.request}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}

function RequestActions({
  request,
  onOpen,
  projectId,
  today,
}: {
  request: ChangeRequest;
  onOpen: (open: Open) => void;
  projectId: string;
  today: DayKey;
}) {
  if (isOpen(request)) {
    return (
      <span className="budget-cr-actions">
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Estimate “${request.title}”`}
          onClick={() => onOpen({ kind: 'estimate', request })}
        >
          Estimate
        </Button>
        <Button
          size="sm"
          aria-label={`Approve “${request.title}”`}
          onClick={() => onOpen({ kind: 'decide', request, decision: 'approved' })}
        >
          Approve
        </Button>
        <Button
          size="sm"
          aria-label={`Decline “${request.title}”`}
          onClick={() => onOpen({ kind: 'decide', request, decision: 'declined' })}
        >
          Decline
        </Button>
      </span>
    );
  }
  if (!request.communicatedAt) {
    return (
      <Button
        size="sm"
        variant="ghost"
        aria-label={`Mark communicated: “${request.title}”`}
        onClick={() => void markCommunicated(projectId, request, today)}
      >
        Mark communicated
      </Button>
    );
  }
  return null;
}

/** The record of yes and no: "Yes to 2 (+20h, +€2,000.00) · no to 1 · 1 open". */
export function recordOf(requests: readonly ChangeRequest[], currency: CurrencyCode): string {
  const approved = requests.filter((request) => request.status === 'approved');
  const declined = requests.filter((request) => request.status === 'declined').length;
  const open = requests.filter(isOpen).length;
  const minutes = approved.reduce((sum, request) => sum + request.estimateMinutes, 0);
  const minor = approved.reduce((sum, request) => sum + request.amount, 0);
  const added = [
    minutes > 0 ? `+${formatMinutes(minutes)}` : '',
    minor > 0 ? `+${formatMoney(money(minor, currency))}` : '',
  ].filter(Boolean);
  const parts = [
    `Yes to ${approved.length}${added.length > 0 ? ` (${added.join(', ')})` : ''}`,
    `no to ${declined}`,
    `${open} open`,
  ];
  return parts.join(' · ');
}
