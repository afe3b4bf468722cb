import { markup, trusted } from './escape-html';
import type { SafeHtml } from './escape-html';
import { decisionLine, renderProject } from './render-project';
import { badge, table } from './render-parts';
import { reportStyles } from './report-styles';
import type { ReportModel, ReportProject } from './report-types';
import { STATUS_WORDS, amountText, dayText, periodText, runOutText } from './report-labels';
import { NONE } from '../format/none';

// The report as one self-contained HTML document: inline styles and SVG, the logo as a data:
// URL, no script and no remote resource. Its own CSP says so too, so even a slip in escaping
// could neither run nor fetch anything. All text is escaped by the `markup` template.

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The document title: Chromium prints it in the PDF footer, and it names the file. */
export function reportTitle(model: ReportModel): string {
  return `Status report — ${model.client.name} — ${periodText(model.period, model.locale)}`;
}

export function renderReportHtml(model: ReportModel): string {
  const body = markup`<main class="report">
    ${header(model)}${summary(model)}${decisions(model)}${model.projects.map((project) => renderProject(project, model))}
  </main>`;
  return `<!doctype html>\n${String(
    markup`<html lang="${model.locale ?? 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${reportTitle(model)}</title>
        <style>
          ${trusted(reportStyles(model.paper))}
        </style>
      </head>
      <body>
        ${body}
      </body>
    </html>`,
  )}`;
}

function header(model: ReportModel): SafeHtml {
  const { agency } = model;
  const logo = agency.logo ? markup`<img src="${agency.logo}" alt="${agency.name ? `${agency.name} logo` : 'Logo'}">` : '';
  return markup`<header class="report-head">
    <div class="agency">${logo}<span>${agency.name}</span></div>
    <div class="report-title">
      <h1>Status report</h1>
      <div class="client">${model.client.name}</div>
      <div class="muted">${periodText(model.period, model.locale)}</div>
      <div class="muted">Prepared ${dayText(model.generatedOn, model.locale)}</div>
    </div>
  </header>`;
}

function summary(model: ReportModel): SafeHtml {
  if (model.projects.length === 0) return markup`<p class="empty">No projects are in this report.</p>`;
  const rows = model.projects.map((project) => summaryRow(project, model));
  return markup`<section class="block">
    <h2>At a glance</h2>
    ${table(
      'Projects at a glance',
      [
        { label: 'Project' },
        { label: 'Status' },
        { label: 'Spent', numeric: true },
        { label: 'Budget', numeric: true },
        { label: 'Remaining', numeric: true },
        { label: 'Runs out' },
      ],
      rows,
    )}
  </section>`;
}

function summaryRow(project: ReportProject, model: ReportModel) {
  const { budget } = project;
  const value = (amount: number) => (budget ? amountText(budget, amount, model.locale) : NONE);
  return [
    project.name,
    badge(project.status, STATUS_WORDS[project.status]),
    budget ? value(budget.spent) : NONE,
    budget ? markup`${value(budget.baseline)}${budget.cycle ? markup` <span class="muted">this cycle</span>` : ''}` : NONE,
    budget ? value(budget.remaining) : NONE,
    budget ? runOutText(budget.runOut, model.locale) : NONE,
  ];
}

function decisions(model: ReportModel): SafeHtml {
  const waiting = model.projects.filter((project) => project.decisions.length > 0);
  return markup`<section class="block decisions">
    <h2>Decisions needed from you</h2>
    ${
      waiting.length === 0
        ? markup`<p>Nothing is waiting on you right now.</p>`
        : markup`<ul>
            ${waiting.flatMap((project) =>
              project.decisions.map(
                (decision) =>
                  markup`<li><span class="project-name">${project.name}:</span> ${decisionLine(decision, model)}</li>`,
              ),
            )}
          </ul>`
    }
  </section>`;
}
