import { REPORT_MARGINS_MM } from '@shared/report-print';
import { PAGE_SIZE, PAGE_WIDTH } from '../../../domain/report/report-styles';
import type { ReportPaper } from '../../../domain/report/report-types';

// The invoice's own style sheet, inline in the document like the status report's: fixed paper
// colours (an invoice is printed on white), the report's page sizes and margins, no app tokens and
// no remote fonts. On screen (the preview) the page sits on a grey desk. Long words wrap anywhere,
// so a pasted URL or IBAN never pushes a column off the page.

export function invoiceStyles(paper: ReportPaper): string {
  const m = REPORT_MARGINS_MM;
  return `
@page { size: ${PAGE_SIZE[paper]}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
:root { --text: #1f2328; --muted: #5b616b; --rule: #d8dce2; --soft: #f3f5f8; --accent: #2f5fd0; --red: #b42318; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--text); font: 9.5pt/1.45 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
@media screen {
  body { background: #e9ebef; padding: 24px 0; }
  .invoice { width: ${PAGE_WIDTH[paper]}; max-width: calc(100% - 24px); margin: 0 auto; background: #fff; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; box-shadow: 0 1px 4px rgba(0,0,0,.18); }
}
h1, h2 { margin: 0; line-height: 1.2; }
h1 { font-size: 22pt; font-weight: 650; letter-spacing: -0.01em; }
h2 { font-size: 7.5pt; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; margin-bottom: 1.5mm; }
p { margin: 0 0 2mm; }
.muted { color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.typed { white-space: pre-line; }
/* Typed text reads in its own direction (dir=auto) but keeps to the page's left edge. */
.from [dir="auto"], .bill-to [dir="auto"], .terms [dir="auto"] { text-align: left; }
.invoice, .typed, td, th, dd { overflow-wrap: anywhere; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.head { display: flex; justify-content: space-between; align-items: flex-start; gap: 10mm; padding-bottom: 6mm; border-bottom: 2px solid var(--text); margin-bottom: 7mm; }
.from { min-width: 0; max-width: 60%; }
.logo { display: block; max-height: 16mm; max-width: 50mm; object-fit: contain; margin-bottom: 3mm; }
.agency-name { font-size: 11pt; font-weight: 650; }
.address { color: var(--muted); margin-top: 1mm; }
.title { text-align: right; min-width: 0; }
.stamp { display: inline-block; margin: 2mm 0 0; padding: .6mm 2.5mm; border: 1.5px solid var(--red); border-radius: 1mm; color: var(--red); font-weight: 650; font-size: 8.5pt; text-transform: uppercase; letter-spacing: .05em; }
.parties { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 10mm; margin-bottom: 8mm; }
.client { font-size: 11pt; font-weight: 650; }
.facts { margin: 0; display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 1mm 5mm; align-content: start; }
.facts div { display: contents; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; text-align: right; font-weight: 600; font-variant-numeric: tabular-nums; }
table { width: 100%; border-collapse: collapse; }
.lines th, .lines td { text-align: left; padding: 1.8mm 2mm; border-bottom: 1px solid var(--rule); vertical-align: top; }
.lines th { font-size: 7.5pt; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; border-bottom: 1.5px solid var(--text); }
.lines th.num, .lines td.num { text-align: right; }
.lines th:first-child, .lines td:first-child { padding-left: 0; width: 100%; }
.lines th:last-child, .lines td:last-child { padding-right: 0; }
/* The tax column keeps room for a long note ('Reverse charge: …'), which wraps inside it. */
.line-tax { display: inline-block; width: 36mm; color: var(--muted); }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.empty { color: var(--muted); font-style: italic; }
.totals-box { display: flex; justify-content: flex-end; margin: 4mm 0 8mm; break-inside: avoid; }
.totals { width: 60%; }
.totals th, .totals td { padding: 1.2mm 0; text-align: left; font-weight: 400; vertical-align: baseline; }
.totals td { text-align: right; padding-left: 6mm; }
.totals .detail { color: var(--muted); font-size: 8.5pt; }
.totals tr.total th, .totals tr.total td { border-top: 1.5px solid var(--text); padding-top: 2mm; font-weight: 650; font-size: 11pt; }
.totals tr.balance th, .totals tr.balance td { border-top: 1px solid var(--rule); font-weight: 650; font-size: 11pt; }
.totals tr.balance td { color: var(--accent); }
.terms { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 10mm; padding-top: 5mm; border-top: 1px solid var(--rule); break-inside: avoid; }
.bank { margin-top: 2mm; padding: 2.5mm 3mm; background: var(--soft); border-radius: 1.5mm; font-variant-numeric: tabular-nums; }
`;
}
