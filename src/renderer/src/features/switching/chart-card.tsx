import type { ReactNode } from 'react';

export interface LegendItem {
  label: string;
  /** CSS class of the swatch, e.g. 'swatch-accent' (colours live in switching.css) */
  swatch: string;
}

export interface TextTable {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

export interface ChartCardProps {
  id: string;
  title: string;
  note?: ReactNode;
  legend?: readonly LegendItem[];
  /** one sentence read before the table: the chart's point */
  summary: string;
  /** the chart's data as a table for screen readers (the drawing itself is hidden from them) */
  table: TextTable;
  className?: string;
  children: ReactNode;
}

/** A chart in a card, with its legend and a text alternative (a summary and a hidden table). */
export function ChartCard({ id, title, note, legend, summary, table, className, children }: ChartCardProps) {
  return (
    <section className={`card switching-card ${className ?? ''}`} aria-labelledby={id}>
      <header className="switching-card-header">
        <h2 id={id}>{title}</h2>
        {note ? <span className="muted switching-card-note">{note}</span> : null}
      </header>
      {legend && legend.length > 0 ? (
        <ul className="switching-legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.label}>
              <span className={`switching-swatch ${item.swatch}`} />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="visually-hidden">{summary}</p>
      <table className="visually-hidden">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={`${row[0] ?? ''}-${index}`}>
              {row.map((cell, cellIndex) => (
                <td key={table.columns[cellIndex] ?? cellIndex}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="switching-chart" aria-hidden="true">
        {children}
      </div>
    </section>
  );
}
