import { markup } from './escape-html';
import type { HtmlValue, SafeHtml } from './escape-html';

// Small report fragments. Every argument is escaped by `markup` unless it is SafeHtml.

export function figure(label: string, value: string, detail: string, options: { over?: boolean } = {}): SafeHtml {
  return markup`<div class="figure"><dt>${label}</dt><dd${options.over ? markup` class="over"` : ''}>${value}<span class="detail">${detail}</span></dd></div>`;
}

/** A titled block: a list of items, or a line saying there is nothing. */
export function listBlock(title: string, items: readonly HtmlValue[], emptyText: string): SafeHtml {
  return markup`<div class="block">
    <h3>${title}</h3>
    ${
      items.length > 0
        ? markup`<ul>
            ${items.map((item) => markup`<li>${item}</li>`)}
          </ul>`
        : markup`<p class="empty">${emptyText}</p>`
    }
  </div>`;
}

export interface Column {
  label: string;
  numeric?: boolean;
}

/** A table with a heading row; each row has one cell per column. */
export function table(caption: string, columns: readonly Column[], rows: readonly (readonly HtmlValue[])[]): SafeHtml {
  const head = columns.map((column) => markup`<th scope="col"${column.numeric ? markup` class="num"` : ''}>${column.label}</th>`);
  const body = rows.map(
    (row) =>
      markup`<tr>
        ${row.map((cell, index) => markup`<td${columns[index]?.numeric ? markup` class="num"` : ''}>${cell}</td>`)}
      </tr>`,
  );
  return markup`<table>
    <caption class="visually-hidden">${caption}</caption>
    <thead>
      <tr>
        ${head}
      </tr>
    </thead>
    <tbody>
      ${body}
    </tbody>
  </table>`;
}

export function badge(level: string, text: string): SafeHtml {
  return markup`<span class="badge badge-${level}">${text}</span>`;
}
