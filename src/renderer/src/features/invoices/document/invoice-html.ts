import { markup, trusted } from '../../../domain/report/escape-html';
import type { SafeHtml } from '../../../domain/report/escape-html';
import { REPORT_CSP } from '../../../domain/report/render-html';
import { table } from '../../../domain/report/render-parts';
import type { InvoiceDocumentModel } from './invoice-document-model';
import { invoiceStyles } from './invoice-styles';

// The invoice as one self-contained HTML document, printed to PDF by the same path as the status
// report: inline styles, the logo as a data: URL, no script, no remote resource, the report's CSP.
// Every value is escaped by `markup`; text people typed is marked dir="auto" so a right-to-left
// name or note reads in its own direction without turning the page around.

export function renderInvoiceHtml(model: InvoiceDocumentModel): string {
  return `<!doctype html>\n${String(
    markup`<html lang="${model.lang}">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${model.title}</title>
        <style>
          ${trusted(invoiceStyles(model.paper))}
        </style>
      </head>
      <body>
        <main class="invoice">
          ${header(model)}${parties(model)}${lines(model)}${totals(model)}${terms(model)}
        </main>
      </body>
    </html>`,
  )}`;
}

/** Typed text on its own lines, in its own direction; nothing when empty. */
function typed(className: string, text: string): SafeHtml | '' {
  return text ? markup`<div class="${className} typed" dir="auto">${text}</div>` : '';
}

function header(model: InvoiceDocumentModel): SafeHtml {
  const { agency } = model;
  const logo = agency.logo
    ? markup`<img class="logo" src="${agency.logo}" alt="${agency.name ? `${agency.name} logo` : 'Logo'}">`
    : '';
  return markup`<header class="head">
    <div class="from">
      ${logo}
      ${agency.name ? markup`<div class="agency-name" dir="auto">${agency.name}</div>` : ''}
      ${typed('address', agency.address)}
    </div>
    <div class="title">
      <h1>${model.heading}</h1>
      ${model.stamp ? markup`<p class="stamp">${model.stamp}</p>` : ''}
    </div>
  </header>`;
}

function parties(model: InvoiceDocumentModel): SafeHtml {
  const { billTo } = model;
  return markup`<section class="parties">
    <div class="bill-to">
      <h2>Bill to</h2>
      <div class="client" dir="auto">${billTo.client}</div>
      ${billTo.contact ? markup`<div dir="auto">${billTo.contact}</div>` : ''}
      ${billTo.email ? markup`<div class="muted">${billTo.email}</div>` : ''}
    </div>
    <dl class="facts">
      ${model.facts.map((fact) => markup`<div><dt>${fact.label}</dt><dd dir="auto">${fact.value}</dd></div>`)}
    </dl>
  </section>`;
}

function lines(model: InvoiceDocumentModel): SafeHtml {
  if (model.lines.length === 0) return markup`<p class="empty">This invoice has no lines.</p>`;
  const columns = [
    { label: 'Description' },
    { label: 'Quantity', numeric: true },
    { label: 'Unit price', numeric: true },
    ...(model.taxColumn ? [{ label: 'Tax' }] : []),
    { label: 'Amount', numeric: true },
  ];
  const rows = model.lines.map((line) => [
    markup`<span class="description" dir="auto">${line.description}</span>`,
    line.quantity,
    line.unitPrice,
    ...(model.taxColumn ? [markup`<span class="line-tax" dir="auto">${line.taxes}</span>`] : []),
    line.amount,
  ]);
  return markup`<section class="lines">${table('Invoice lines', columns, rows)}</section>`;
}

function totals(model: InvoiceDocumentModel): SafeHtml {
  return markup`<section class="totals-box">
    <table class="totals">
      <caption class="visually-hidden">Totals</caption>
      <tbody>
        ${model.totals.map(
          (row) => markup`<tr class="${row.kind}">
            <th scope="row"><span dir="auto">${row.label}</span>${row.detail ? markup` <span class="detail">${row.detail}</span>` : ''}</th>
            <td class="num">${row.value}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

function terms(model: InvoiceDocumentModel): SafeHtml {
  const { bankDetails } = model.agency;
  return markup`<section class="terms">
    <div>
      <h2>Payment</h2>
      <p>${model.terms}</p>
      ${typed('bank', bankDetails)}
    </div>
    ${model.notes ? markup`<div><h2>Notes</h2>${typed('notes', model.notes)}</div>` : ''}
  </section>`;
}
