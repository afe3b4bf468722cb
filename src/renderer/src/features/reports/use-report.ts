import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { budgetSettingsOf } from '../../db/queries/budget-health';
import { loadReportSource } from '../../db/queries/report-data';
import { renderReportHtml } from '../../domain/report/render-html';
import { buildReportModel } from '../../domain/report/report-model';
import type { ReportPaper, ReportPeriod } from '../../domain/report/report-types';
import type { DayKey } from '../../domain/time/day-key';
import { toCurrencyCode } from '../../domain/units/money';

export interface ReportRequest {
  clientId: string | null;
  projectIds: readonly string[];
  period: ReportPeriod | null;
  paper: ReportPaper;
  today: DayKey;
  /** include the Profitability section (margins: for the agency, not the client) */
  profitability: boolean;
}

/** The report's HTML for the current choices: undefined while loading, null when there is nothing to show. */
export function useReportHtml(request: ReportRequest): string | null | undefined {
  const { clientId, period, paper, today, profitability } = request;
  const idsKey = request.projectIds.join(',');
  const source = useLiveQuery(
    async () =>
      clientId && period && idsKey ? loadReportSource(db, { clientId, projectIds: idsKey.split(','), period, today }) : null,
    [clientId, idsKey, period?.from, period?.to, today],
    undefined,
  );
  return useMemo(() => {
    if (source === undefined) return undefined;
    if (source === null || !period || source.projects.length === 0) return null;
    const model = buildReportModel({
      agencyName: source.settings.agencyName,
      logo: source.settings.logo,
      client: { name: source.client.name, currency: toCurrencyCode(source.client.currency) },
      period,
      generatedOn: today,
      paper,
      settings: budgetSettingsOf(source.settings),
      projects: source.projects,
      ...(profitability
        ? { profitability: { homeCurrency: toCurrencyCode(source.settings.homeCurrency), sentInvoices: source.sentInvoices } }
        : {}),
    });
    return renderReportHtml(model);
  }, [source, period, paper, today, profitability]);
}
