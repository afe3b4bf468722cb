import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { Screen } from '../../components/ui/screen';
import { useForm } from '../../components/ui/use-form';
import { db } from '../../db/db';
import { listReportClients, listReportProjects } from '../../db/queries/report-data';
import type { DayKey } from '../../domain/time/day-key';
import { hrefTo } from '../../platform/router';
import { ReportForm } from './report-form';
import { defaultPaper } from '../../domain/report/report-styles';
import { checkPeriod, defaultPeriod } from './report-options';
import { ReportPreview } from './report-preview';
import { useExportReport } from './use-export-report';
import { useReportHtml } from './use-report';
import './reports.css';
import { useToday } from '../../stores/use-clock';

/** Choices of projects per client; a client not in here gets its active projects. */
type Selections = Record<string, readonly string[]>;

/** Pick a client, a period and projects; see the report as it prints; export it as a PDF. */
export function ReportsScreen({ params }: { params: string[] }) {
  // The report's date: fixed while the screen is open, so the preview does not change under the user.
  const openedOn = useToday();
  const [today] = useState<DayKey>(openedOn);
  const form = useForm(
    () => ({ client: params[0] ?? '', ...defaultPeriod(today), paper: defaultPaper(navigator.language), profitability: false }),
    {
      idPrefix: 'report',
    },
  );
  const { from, to, paper, profitability } = form.values;
  const [selections, setSelections] = useState<Selections>({});

  const clients = useLiveQuery(() => listReportClients(db), [], undefined);
  const chosenClient = form.values.client;
  const clientId = clients?.some((client) => client.id === chosenClient) ? chosenClient : (clients?.[0]?.id ?? null);
  const client = clients?.find((candidate) => candidate.id === clientId);
  const projects = useLiveQuery(async () => (clientId ? listReportProjects(db, clientId) : []), [clientId], undefined);

  const selectedIds = useMemo(() => {
    const chosen = clientId ? selections[clientId] : undefined;
    const ids = chosen ?? (projects ?? []).filter((project) => project.status === 'active').map((project) => project.id);
    // in the list's order, and only projects the client still has
    return (projects ?? []).map((project) => project.id).filter((id) => ids.includes(id));
  }, [clientId, selections, projects]);
  const check = useMemo(() => checkPeriod(from, to), [from, to]);
  const html = useReportHtml({ clientId, projectIds: selectedIds, period: check.period, paper, today, profitability });
  const exportReport = useExportReport();

  const toggle = (projectId: string, on: boolean) => {
    if (!clientId) return;
    const others = selectedIds.filter((id) => id !== projectId);
    setSelections({ ...selections, [clientId]: on ? [...others, projectId] : others });
  };

  if (clients !== undefined && clients.length === 0) {
    return (
      <Screen id="reports" title="Reports" ready>
        <EmptyState title="No clients to report to yet" action={<a href={hrefTo('clients')}>Add a client</a>}>
          Add a client and a project, log some time, then come back to send them a status report.
        </EmptyState>
      </Screen>
    );
  }

  const ready = clients !== undefined && projects !== undefined && html !== undefined;
  const canExport = typeof html === 'string' && client !== undefined && check.period !== null;
  return (
    <Screen
      id="reports"
      title="Reports"
      ready={ready}
      subtitle="A status report for a client: budgets, progress and the decisions they owe, ready to send as a PDF."
      actions={
        <Button
          variant="primary"
          disabled={!canExport || exportReport.busy}
          onClick={() => {
            if (canExport && check.period) void exportReport.run({ html, clientName: client.name, to: check.period.to, paper });
          }}
        >
          {exportReport.busy ? 'Exporting…' : 'Export PDF'}
        </Button>
      }
    >
      <div className="reports-layout">
        {clients && clientId ? (
          <ReportForm
            form={form}
            clients={clients}
            clientId={clientId}
            check={check}
            projects={projects}
            selected={new Set(selectedIds)}
            onToggle={toggle}
          />
        ) : null}
        <section className="reports-preview" aria-label="Preview">
          {typeof html === 'string' ? (
            <ReportPreview html={html} />
          ) : html === null ? (
            <EmptyState title={check.period ? 'Choose at least one project' : 'Fix the period to see the report'}>
              {check.period
                ? 'Tick the projects to include: the report shows their budgets, progress and open decisions.'
                : 'The first day must come before the last, and a report covers at most a year.'}
            </EmptyState>
          ) : null}
        </section>
      </div>
    </Screen>
  );
}
