import { REPORT_MARGINS_MM } from '@shared/report-print';
import type { ReportPaper } from './report-types';

// The report's own style sheet, inline in the document: it must print the same anywhere, with
// no app tokens or remote fonts. Paper colours are fixed (a report is printed on white); the
// status colours keep their tint in print (print-color-adjust). On screen (the preview) the page
// sits on a grey desk.

export const PAGE_SIZE: Record<ReportPaper, string> = { a4: 'A4', letter: 'letter' };
export const PAGE_WIDTH: Record<ReportPaper, string> = { a4: '210mm', letter: '8.5in' };

/** Letter where it is the usual paper (the US and Canada), A4 everywhere else. */
export function defaultPaper(language: string): ReportPaper {
  return /^[a-z]{2,3}-(US|CA)\b/i.test(language) ? 'letter' : 'a4';
}

export function reportStyles(paper: ReportPaper): string {
  const m = REPORT_MARGINS_MM;
  return `
@page { size: ${PAGE_SIZE[paper]}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
:root { --text: #1f2328; --muted: #5b616b; --faint: #8a9099; --rule: #d8dce2; --soft: #f3f5f8; --accent: #2f5fd0;
  --green: #12653a; --green-bg: #e3f4ea; --amber: #8a4700; --amber-bg: #fdf0dc; --red: #b42318; --red-bg: #fde6e4; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--text); font: 9.5pt/1.45 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
@media screen {
  body { background: #e9ebef; padding: 24px 0; }
  .report { width: ${PAGE_WIDTH[paper]}; max-width: calc(100% - 24px); margin: 0 auto; background: #fff; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; box-shadow: 0 1px 4px rgba(0,0,0,.18); }
  .project { border-top: 2px dashed var(--rule); margin-top: 12mm; padding-top: 8mm; }
}
@media print { .project { break-before: page; } }
h1, h2, h3 { margin: 0; line-height: 1.2; font-weight: 650; }
h1 { font-size: 20pt; letter-spacing: -0.01em; }
h2 { font-size: 14pt; }
h3 { font-size: 10.5pt; margin: 0 0 2mm; }
p { margin: 0 0 2mm; }
ul { margin: 0; padding-left: 4.5mm; }
li { margin: 0 0 1mm; }
.muted { color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.report-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 8mm; padding-bottom: 5mm; border-bottom: 2px solid var(--text); margin-bottom: 6mm; }
.agency { display: flex; align-items: center; gap: 3mm; font-weight: 650; font-size: 11pt; }
.agency img { max-height: 14mm; max-width: 45mm; object-fit: contain; }
.report-title { text-align: right; }
.report-title .client { font-size: 13pt; font-weight: 600; margin-top: 1mm; }
.block { margin: 0 0 6mm; break-inside: avoid; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: 1.4mm 2mm; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-size: 8pt; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
tr { break-inside: avoid; }
.badge { display: inline-block; padding: .3mm 2mm; border-radius: 3mm; font-size: 8pt; font-weight: 650; white-space: nowrap; background: var(--soft); color: var(--muted); }
.badge-green { background: var(--green-bg); color: var(--green); }
.badge-amber { background: var(--amber-bg); color: var(--amber); }
.badge-red { background: var(--red-bg); color: var(--red); }
.decisions { border: 1px solid var(--rule); border-left: 3px solid var(--accent); border-radius: 1.5mm; padding: 3mm 4mm; background: var(--soft); }
.decisions .project-name { color: var(--muted); }
.project-head { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; margin-bottom: 1mm; }
.project-meta { margin-bottom: 3mm; }
.reasons { margin-bottom: 4mm; }
.reasons li.level-red { color: var(--red); }
.reasons li.level-amber { color: var(--amber); }
.figures { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 2mm; margin: 0 0 4mm; }
.figure { border: 1px solid var(--rule); border-radius: 1.5mm; padding: 2mm 2.5mm; }
.figure { min-width: 0; overflow-wrap: anywhere; }
.figure dt { font-size: 7.5pt; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.figure dd { margin: .5mm 0 0; font-size: 11.5pt; font-weight: 650; font-variant-numeric: tabular-nums; }
.figure dd.over { color: var(--red); }
.figure .detail { display: block; font-size: 7.5pt; font-weight: 400; color: var(--muted); }
.chart-box { margin: 0 0 5mm; break-inside: avoid; }
.chart { display: block; width: 100%; height: auto; }
.legend { display: flex; flex-wrap: wrap; gap: 1mm 5mm; margin: 1mm 0 0; padding: 0; list-style: none; font-size: 8pt; color: var(--muted); }
.legend li { display: inline-flex; align-items: center; gap: 1.5mm; margin: 0; }
.swatch { display: inline-block; width: 5mm; height: 0; border-top: 2px solid; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 6mm; }
.empty { color: var(--muted); font-style: italic; }
.chart-grid { stroke: #e6e8ec; stroke-width: 1; }
.chart-axis { stroke: #9aa0a8; stroke-width: 1; }
.chart-tick, .chart-marker-label { font-size: 9px; fill: #5b616b; font-family: inherit; }
.chart-marker { stroke: #8a9099; stroke-width: 1; stroke-dasharray: 3 3; }
path { fill: none; stroke-linejoin: round; }
.line-spent, .swatch-spent { stroke: var(--accent); border-color: var(--accent); stroke-width: 2.2; }
.line-spent-area { fill: #2f5fd0; fill-opacity: .12; stroke: none; }
.line-baseline, .swatch-baseline { stroke: var(--text); border-color: var(--text); stroke-width: 1.8; }
.line-ideal, .swatch-ideal { stroke: var(--faint); border-color: var(--faint); stroke-width: 1.2; stroke-dasharray: 2 4; border-top-style: dotted; }
.line-forecast, .swatch-forecast { stroke: var(--amber); border-color: var(--amber); stroke-width: 1.8; stroke-dasharray: 7 5; border-top-style: dashed; }
.line-planned, .swatch-planned { stroke: var(--green); border-color: var(--green); stroke-width: 1.8; stroke-dasharray: 3 3; border-top-style: dashed; }
.bar-available, .swatch-available { fill: #c9d6f5; border-color: #c9d6f5; }
.bar-used, .swatch-used { fill: var(--accent); border-color: var(--accent); }
.swatch-available, .swatch-used { height: 3mm; border-top-width: 0; background: currentColor; }
.swatch-available { color: #c9d6f5; }
.swatch-used { color: var(--accent); }
`;
}
