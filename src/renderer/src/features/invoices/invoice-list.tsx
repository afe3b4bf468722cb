import { useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from '../../components/ui/button';
import { DataTable, type Column } from '../../components/ui/data-table';
import { EmptyState } from '../../components/ui/empty-state';
import { PlusIcon } from '../../components/ui/icons';
import { Screen } from '../../components/ui/screen';
import { SelectField } from '../../components/ui/select-field';
import { db } from '../../db/db';
import { loadInvoiceList, type InvoiceListRow } from '../../db/queries/invoices-list';
import { formatDay } from '../../domain/format/format-day';
import { NONE } from '../../domain/format/none';
import { INVOICE_STATE_LABELS } from '../../domain/invoices/labels';
import { INVOICE_STATES, type InvoiceState } from '../../domain/invoices/status';
import { navigate } from '../../platform/router';
import { useToday } from '../../stores/use-clock';
import { AgeingTable } from './ageing-table';
import { InvoiceCsvButtons } from './invoice-csv-buttons';
import { STATE_BADGES, formatAmount } from './labels';

const COLUMNS: readonly Column<InvoiceListRow>[] = [
  {
    key: 'number',
    header: 'Number',
    cell: ({ invoice }) => (invoice.number ? <strong>{invoice.number}</strong> : <span className="muted">Draft</span>),
  },
  { key: 'client', header: 'Client', cell: (row) => row.clientName },
  { key: 'issued', header: 'Issued', cell: ({ invoice }) => formatDay(invoice.issueDate) },
  { key: 'due', header: 'Due', cell: ({ invoice }) => formatDay(invoice.dueDate) },
  {
    key: 'total',
    header: 'Total',
    numeric: true,
    cell: ({ invoice, standing }) => formatAmount(standing.total, invoice.currency),
  },
  {
    key: 'balance',
    header: 'Balance',
    numeric: true,
    cell: ({ invoice, standing }) =>
      invoice.status === 'sent' ? formatAmount(standing.balance, invoice.currency) : <span className="muted">{NONE}</span>,
  },
  {
    key: 'state',
    header: 'State',
    cell: ({ standing }) => (
      <>
        <span className={STATE_BADGES[standing.state]}>{INVOICE_STATE_LABELS[standing.state]}</span>
        {standing.daysOverdue > 0 ? <div className="muted">{daysLate(standing.daysOverdue)}</div> : null}
      </>
    ),
  },
];

/** Rows drawn at first and added by Show more: a decade of invoices stays quick to open. */
const PAGE_ROWS = 100;

function daysLate(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'} late`;
}

type StateFilter = 'all' | InvoiceState;

function isStateFilter(value: string): value is StateFilter {
  return value === 'all' || INVOICE_STATES.some((state) => state === value);
}

/** Every invoice with where it stands, filtered by state and client; the receivables by age below. */
export function InvoiceList({ onNewInvoice }: { onNewInvoice: () => void }) {
  const id = useId();
  const today = useToday();
  const [state, setState] = useState<StateFilter>('all');
  const [clientId, setClientId] = useState('');
  const [limit, setLimit] = useState(PAGE_ROWS);
  const data = useLiveQuery(() => loadInvoiceList(db, today), [today], undefined);
  const rows = useMemo(
    () =>
      (data?.rows ?? []).filter(
        (row) => (state === 'all' || row.standing.state === state) && (clientId === '' || row.invoice.clientId === clientId),
      ),
    [data, state, clientId],
  );

  const newButton = (
    <Button variant="primary" onClick={onNewInvoice}>
      <PlusIcon />
      New invoice
    </Button>
  );
  const total = data?.rows.length ?? 0;

  return (
    <Screen
      id="invoices"
      title="Invoices"
      ready={data !== undefined}
      actions={
        <>
          {total > 0 ? <InvoiceCsvButtons rows={rows} /> : null}
          {newButton}
        </>
      }
      subtitle={data ? countLine(rows.length, total) : undefined}
    >
      {data && total === 0 ? (
        <EmptyState title="No invoices yet" action={newButton}>
          Create a draft from a client’s billable time and expenses: choose the client and the period, check the lines, then mark
          it sent and record payments as they arrive.
        </EmptyState>
      ) : data ? (
        <>
          <AgeingTable ageing={data.ageing} />
          <div className="toolbar invoices-toolbar" role="search" aria-label="Filter invoices">
            <SelectField
              id={`${id}-state`}
              label="State"
              value={state}
              onChange={(event) => {
                if (!isStateFilter(event.target.value)) return;
                setState(event.target.value);
                setLimit(PAGE_ROWS);
              }}
              options={[
                { value: 'all', label: 'All states' },
                ...INVOICE_STATES.map((value) => ({ value, label: INVOICE_STATE_LABELS[value] })),
              ]}
            />
            <SelectField
              id={`${id}-client`}
              label="Client"
              value={clientId}
              onChange={(event) => {
                setClientId(event.target.value);
                setLimit(PAGE_ROWS);
              }}
              placeholder="All clients"
              options={data.clients.map((client) => ({ value: client.id, label: client.name }))}
            />
          </div>
          {rows.length === 0 ? (
            <EmptyState title="No invoice matches">Try another state or client.</EmptyState>
          ) : (
            <div className="card invoices-table-card">
              <DataTable
                caption="Invoices"
                columns={COLUMNS}
                rows={rows.length > limit ? rows.slice(0, limit) : rows}
                rowKey={(row) => row.invoice.id}
                onRowOpen={(row) => navigate('invoices', row.invoice.id)}
              />
              {rows.length > limit ? (
                <div className="invoices-more">
                  <span className="muted">
                    Showing the newest {limit.toLocaleString()} of {rows.length.toLocaleString()}
                  </span>
                  <Button size="sm" onClick={() => setLimit((current) => current + PAGE_ROWS)}>
                    Show {Math.min(PAGE_ROWS, rows.length - limit)} more
                  </Button>
                </div>
              ) : null}
            </div>
          )}
        </>
      ) : null}
    </Screen>
  );
}

function countLine(shown: number, total: number): string {
  return shown === total ? `${total} ${total === 1 ? 'invoice' : 'invoices'}` : `${shown} of ${total} invoices`;
}
