import { DataTable, type Column } from '../../components/ui/data-table';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { getClientRevenueSources } from '../../db/queries/clients-detail';
import type { ClientDetail, ClientRevenueSources } from '../../db/queries/clients-detail';
import { formatBasisPoints } from '../../domain/format/format-percent';
import { formatMoney } from '../../domain/format/format-money';
import { NONE } from '../../domain/format/none';
import { clientProfitability, projectProfitability } from '../../domain/invoices/profitability';
import type { Profitability } from '../../domain/invoices/profitability';
import { marginUnknownWords, revenueBasisWords } from '../../domain/invoices/profitability-labels';
import type { Project } from '../../domain/model/project';
import { money, toCurrencyCode } from '../../domain/units/money';
import { hrefTo } from '../../platform/router';
import { SectionCard } from './section-card';

// What the client earned the agency after the cost of the time (docs/product.md, "Profitability and
// uninvoiced"): the client's figures over its projects, then each project's.

interface ProjectProfit {
  project: Project;
  profit: Profitability;
}

const amount = (minor: number, currency: string) => formatMoney(money(minor, currency));

function marginText(profit: Pick<Profitability, 'margin' | 'currency'>): string {
  return profit.margin.kind === 'known' ? amount(profit.margin.minor, profit.currency) : NONE;
}

const COLUMNS: readonly Column<ProjectProfit>[] = [
  {
    key: 'project',
    header: 'Project',
    cell: ({ project }) => (
      <a href={hrefTo('projects', project.id)} className="client-project-link">
        <span className="client-project-code">{project.code}</span> {project.name}
      </a>
    ),
  },
  {
    key: 'revenue',
    header: 'Revenue',
    numeric: true,
    cell: ({ profit }) => (
      <span title={revenueBasisWords(profit.revenue)}>
        {profit.revenueMinor === null ? NONE : amount(profit.revenueMinor, profit.currency)}
      </span>
    ),
  },
  { key: 'cost', header: 'Cost', numeric: true, cell: ({ profit }) => amount(profit.costMinor, profit.homeCurrency) },
  { key: 'expenses', header: 'Expenses', numeric: true, cell: ({ profit }) => amount(profit.expensesMinor, profit.currency) },
  {
    key: 'margin',
    header: 'Margin',
    numeric: true,
    cell: ({ profit }) => (
      <span
        className={profit.margin.kind === 'known' && profit.margin.minor < 0 ? 'client-negative' : undefined}
        title={
          profit.margin.kind === 'unknown'
            ? marginUnknownWords(profit.margin.why, profit.currency, profit.homeCurrency)
            : undefined
        }
      >
        {marginText(profit)}
      </span>
    ),
  },
  {
    key: 'percent',
    header: 'Margin %',
    numeric: true,
    cell: ({ profit }) => (profit.marginBasisPoints === null ? NONE : formatBasisPoints(profit.marginBasisPoints)),
  },
];

export function ClientProfitabilityCard({ detail }: { detail: ClientDetail }) {
  const clientId = detail.client.id;
  const sources = useLiveQuery(() => getClientRevenueSources(db, clientId), [clientId], undefined);
  return sources ? <ProfitabilityFigures detail={detail} sources={sources} /> : null;
}

function ProfitabilityFigures({ detail, sources }: { detail: ClientDetail; sources: ClientRevenueSources }) {
  const currency = toCurrencyCode(detail.client.currency);
  const { homeCurrency, sentInvoices } = sources;
  const rows = detail.projects.map(({ project, totals }) => ({
    project,
    profit: projectProfitability({ project, currency, homeCurrency, totals, invoices: sentInvoices }),
  }));
  const total = clientProfitability(
    currency,
    homeCurrency,
    rows.map((row) => row.profit),
  );
  const summary =
    total.margin.kind === 'known'
      ? `Margin ${amount(total.margin.minor, currency)}${total.marginBasisPoints === null ? '' : ` · ${formatBasisPoints(total.marginBasisPoints)}`}`
      : marginUnknownWords(total.margin.why, currency, homeCurrency);
  return (
    <SectionCard title="Profitability" wide summary={rows.length > 0 ? <span className="muted">{summary}</span> : null}>
      {rows.length === 0 ? (
        <p className="muted client-empty">No projects yet: nothing earned or spent.</p>
      ) : (
        <>
          <p className="muted client-profit-note">
            Revenue {amount(total.revenueMinor, currency)} · cost {amount(total.costMinor, homeCurrency)} · expenses{' '}
            {amount(total.expensesMinor, currency)} · effective rate{' '}
            {total.effectiveRateMinor === null ? NONE : `${amount(total.effectiveRateMinor, currency)}/h`}
            {total.leftOut > 0
              ? ` · ${total.leftOut} fixed-fee project${total.leftOut === 1 ? '' : 's'} left out until its revenue is known`
              : ''}
          </p>
          <div className="client-table-wrap">
            <DataTable
              caption={`Profitability of ${detail.client.name}’s projects`}
              columns={COLUMNS}
              rows={rows}
              rowKey={(row) => row.project.id}
            />
          </div>
        </>
      )}
    </SectionCard>
  );
}
