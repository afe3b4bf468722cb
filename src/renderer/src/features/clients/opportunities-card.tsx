import { Button } from '../../components/ui/button';
import { DataTable, type Column } from '../../components/ui/data-table';
import { IconButton } from '../../components/ui/icon-button';
import { PlusIcon, TrashIcon } from '../../components/ui/icons';
import { formatMoney } from '../../domain/format/format-money';
import type { Client, Opportunity } from '../../domain/model/client';
import { scaleMoney, sumMoney, type CurrencyCode, type Money } from '../../domain/units/money';
import { clientWrites } from './client-writes';
import { formatMonth } from './labels';
import { OpportunityDialog } from './opportunity-dialog';
import { removeWithUndo } from '../../actions/with-undo';
import { SectionCard } from './section-card';
import { useItemDialog } from './use-item-dialog';

/** Value × probability: what the pipeline is worth on average. */
function weighted(opportunity: Opportunity, currency: CurrencyCode): Money {
  return scaleMoney({ minor: opportunity.value, currency }, opportunity.probability, 100);
}

export function OpportunitiesCard({ client }: { client: Client }) {
  const dialog = useItemDialog<Opportunity>();
  const currency = client.currency;
  const rows = [...client.opportunities].sort(
    (a, b) => a.expectedMonth.localeCompare(b.expectedMonth) || a.title.localeCompare(b.title),
  );
  const pipeline = sumMoney(
    rows.map((row) => weighted(row, currency)),
    currency,
  );

  const columns: Column<Opportunity>[] = [
    {
      key: 'title',
      header: 'Opportunity',
      cell: (row) => (
        <>
          {row.title}
          <span className="client-cell-sub muted">Expected {formatMonth(row.expectedMonth)}</span>
        </>
      ),
    },
    { key: 'value', header: 'Value', numeric: true, cell: (row) => formatMoney({ minor: row.value, currency }) },
    { key: 'probability', header: 'Chance', numeric: true, cell: (row) => `${row.probability} %` },
    { key: 'weighted', header: 'Weighted', numeric: true, cell: (row) => formatMoney(weighted(row, currency)) },
    {
      key: 'actions',
      header: 'Actions',
      cell: (row) => (
        <span className="client-row-actions">
          <Button size="sm" variant="ghost" aria-label={`Edit ${row.title}`} onClick={() => dialog.openEdit(row)}>
            Edit
          </Button>
          <IconButton
            label={`Remove ${row.title}`}
            icon={<TrashIcon />}
            onClick={() =>
              void removeWithUndo(
                `Opportunity “${row.title}”`,
                () => clientWrites.removeOpportunity(client.id, row.id),
                () => clientWrites.saveOpportunity(client.id, row),
              )
            }
          />
        </span>
      ),
    },
  ];

  return (
    <SectionCard
      title="Opportunities"
      summary={
        rows.length > 0 ? (
          <span>
            Weighted pipeline <strong>{formatMoney(pipeline)}</strong>
          </span>
        ) : null
      }
      action={
        <Button size="sm" onClick={dialog.openNew}>
          <PlusIcon />
          Add opportunity
        </Button>
      }
    >
      {rows.length === 0 ? (
        <p className="muted client-empty">
          No opportunities yet. Note work this client may buy next, with a value and how likely it is.
        </p>
      ) : (
        <div className="client-table-wrap">
          <DataTable
            caption="Opportunities"
            columns={columns}
            rows={rows}
            rowKey={(row) => row.id}
            footer={
              <tr>
                <td colSpan={3}>Weighted pipeline</td>
                <td className="num">{formatMoney(pipeline)}</td>
                <td />
              </tr>
            }
          />
        </div>
      )}
      {dialog.editing !== undefined ? (
        <OpportunityDialog clientId={client.id} currency={currency} opportunity={dialog.editing} onClose={dialog.close} />
      ) : null}
    </SectionCard>
  );
}
