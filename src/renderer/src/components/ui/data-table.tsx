import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  width?: string;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  onRowOpen?: (row: Row) => void;
  /** Rendered in a final footer row, e.g. totals. */
  footer?: ReactNode;
}

/**
 * A dense table for short lists (a few hundred rows at most). Long lists use a virtualised list.
 * Rows that open something are reachable by Tab and open with Enter.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, onRowOpen, footer }: DataTableProps<Row>) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined} style={column.width ? { width: column.width } : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={rowKey(row)}
            className={onRowOpen ? 'row-openable' : undefined}
            tabIndex={onRowOpen ? 0 : undefined}
            onClick={onRowOpen ? () => onRowOpen(row) : undefined}
            onKeyDown={onRowOpen ? (event) => event.key === 'Enter' && onRowOpen(row) : undefined}
          >
            {columns.map((column) => (
              <td key={column.key} className={column.numeric ? 'num' : undefined}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  );
}
