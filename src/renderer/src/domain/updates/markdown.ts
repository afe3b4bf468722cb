import { inlineText, parseInline } from './markdown-inline';
import type { Inline } from './markdown-inline';

export { escapeMarkdown, safeHref } from './markdown-inline';
export type { Inline } from './markdown-inline';

// A deliberately small, safe Markdown for client updates: ATX headings, bullet and numbered
// lists, paragraphs, rules, and the inline marks of markdown-inline.ts. Raw HTML is not a
// feature: `<img src=x onerror=alert(1)>` is text, escaped by every renderer. Renderers are
// pure: HTML as an escaped string (for reports and tests) and plain text (for the clipboard).

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type Block =
  | { type: 'heading'; level: HeadingLevel; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'rule' };

const HEADING_LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4, 5, 6];
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BULLET = /^[ \t]*[-*+][ \t]+(.*)$/;
const NUMBERED = /^[ \t]*(\d{1,9})[.)][ \t]+(.*)$/;

interface ListDraft {
  ordered: boolean;
  start: number;
  items: string[];
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const open: { paragraph: string[]; list: ListDraft | null } = { paragraph: [], list: null };
  const closeParagraph = () => {
    if (open.paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(open.paragraph.join('\n')) });
    open.paragraph = [];
  };
  const closeBlocks = () => {
    closeParagraph();
    const list = open.list;
    if (list) blocks.push({ type: 'list', ordered: list.ordered, start: list.start, items: list.items.map((item) => parseInline(item)) });
    open.list = null;
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (line.trim() === '') closeBlocks();
    else if (heading) {
      closeBlocks();
      const level = HEADING_LEVELS[(heading[1]?.length ?? 1) - 1] ?? 1;
      blocks.push({ type: 'heading', level, children: parseInline((heading[2] ?? '').replace(/[ \t]+#+$/, '')) });
    } else if (RULE.test(line)) {
      closeBlocks();
      blocks.push({ type: 'rule' });
    } else if (bullet || numbered) {
      closeParagraph();
      const ordered = numbered !== null;
      if (open.list && open.list.ordered !== ordered) closeBlocks();
      open.list ??= { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      open.list.items.push((numbered ? numbered[2] : bullet?.[1]) ?? '');
    } else if (open.list) {
      // a line right under an item continues it (Markdown's "lazy" continuation)
      const items = open.list.items;
      items[items.length - 1] = `${items[items.length - 1] ?? ''}\n${line.trim()}`;
    } else open.paragraph.push(line.trim());
  }
  closeBlocks();
  return blocks;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

export function inlineToHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.text);
        case 'code':
          return `<code>${escapeHtml(node.text)}</code>`;
        case 'strong':
          return `<strong>${inlineToHtml(node.children)}</strong>`;
        case 'em':
          return `<em>${inlineToHtml(node.children)}</em>`;
        case 'link':
          return `<a href="${escapeHtml(node.href)}" rel="noopener noreferrer">${inlineToHtml(node.children)}</a>`;
      }
    })
    .join('');
}

export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return `<h${block.level}>${inlineToHtml(block.children)}</h${block.level}>`;
        case 'paragraph':
          return `<p>${inlineToHtml(block.children)}</p>`;
        case 'rule':
          return '<hr>';
        case 'list': {
          const items = block.items.map((item) => `<li>${inlineToHtml(item)}</li>`).join('');
          if (!block.ordered) return `<ul>${items}</ul>`;
          return block.start === 1 ? `<ol>${items}</ol>` : `<ol start="${block.start}">${items}</ol>`;
        }
      }
    })
    .join('\n');
}

/** Markdown → HTML in which every piece of the source's text is escaped. */
export function markdownToHtml(source: string): string {
  return blocksToHtml(parseMarkdown(source));
}

/** Markdown → plain text for an email: marks dropped, links as "text (address)", lists kept as "- " lines. */
export function markdownToPlainText(source: string): string {
  return parseMarkdown(source)
    .map((block) => {
      switch (block.type) {
        case 'heading':
        case 'paragraph':
          return inlineText(block.children);
        case 'rule':
          return '———';
        case 'list':
          return block.items
            .map((item, index) => `${block.ordered ? `${block.start + index}.` : '-'} ${inlineText(item).replace(/\n/g, '\n  ')}`)
            .join('\n');
      }
    })
    .join('\n\n');
}
