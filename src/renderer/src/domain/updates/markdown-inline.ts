// Inline Markdown for client updates: **strong**, *em* / _em_, `code`, [text](url) and backslash
// escapes. Anything else is text. The parser only builds a tree; renderers escape every text node,
// so no input can become markup. Links keep only http(s) and mailto targets: any other target
// (javascript:, data:, relative paths) leaves the whole [text](target) as plain text.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
const WORD = /[\p{L}\p{N}]/u;

/** An http(s) or mailto target, or null for anything else (javascript:, data:, relative, spaces). */
export function safeHref(target: string): string | null {
  const href = target.trim();
  if (href === '' || /[\s<>"'`\\\p{Cc}]/u.test(href)) return null;
  if (/^https?:\/\/[^/?#]/i.test(href) || /^mailto:[^@]+@[^@]+$/i.test(href)) return href;
  return null;
}

/** Escapes the characters inline Markdown reads, so user text (a title, a name) stays as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]]/g, '\\$&');
}

function pushText(out: Inline[], text: string): void {
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else if (text !== '') out.push({ type: 'text', text });
}

/** The index of the closing `marker` for content starting at `from`, or -1. */
function findClose(source: string, marker: string, from: number): number {
  if (from >= source.length || /\s/.test(source[from] ?? '')) return -1;
  for (let index = from + 1; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') {
      index += 1;
      continue;
    }
    if (!source.startsWith(marker, index) || /\s/.test(source[index - 1] ?? '')) continue;
    // a single * never closes on half of a ** pair
    if (marker === '*' && source[index + 1] === '*') {
      index += 1;
      continue;
    }
    if (marker === '_' && WORD.test(source[index + 1] ?? '')) continue;
    return index;
  }
  return -1;
}

/** The end (exclusive) of the bracketed or parenthesised run opening at `open`, or -1. */
function balancedEnd(source: string, open: number, opener: string, closer: string): number {
  let depth = 0;
  for (let index = open; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') index += 1;
    else if (char === opener) depth += 1;
    else if (char === closer && --depth === 0) return index + 1;
  }
  return -1;
}

function readLink(source: string, start: number): { node: Inline; end: number } | null {
  const labelEnd = balancedEnd(source, start, '[', ']');
  if (labelEnd === -1 || source[labelEnd] !== '(') return null;
  const targetEnd = balancedEnd(source, labelEnd, '(', ')');
  if (targetEnd === -1) return null;
  const href = safeHref(source.slice(labelEnd + 1, targetEnd - 1));
  if (href === null) return null;
  return { node: { type: 'link', href, children: parseInline(source.slice(start + 1, labelEnd - 1)) }, end: targetEnd };
}

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    const after = source[index + 1] ?? '';
    if (char === '\\' && ESCAPABLE.test(after)) {
      pushText(out, after);
      index += 2;
      continue;
    }
    if (char === '`') {
      const close = source.indexOf('`', index + 1);
      if (close > index + 1) {
        out.push({ type: 'code', text: source.slice(index + 1, close) });
        index = close + 1;
        continue;
      }
    }
    if (char === '*' && after === '*') {
      const close = findClose(source, '**', index + 2);
      if (close !== -1) {
        out.push({ type: 'strong', children: parseInline(source.slice(index + 2, close)) });
        index = close + 2;
        continue;
      }
    }
    const opensUnderscore = char === '_' && !WORD.test(source[index - 1] ?? '');
    if ((char === '*' && after !== '*') || opensUnderscore) {
      const close = findClose(source, char, index + 1);
      if (close !== -1) {
        out.push({ type: 'em', children: parseInline(source.slice(index + 1, close)) });
        index = close + 1;
        continue;
      }
    }
    if (char === '[') {
      const link = readLink(source, index);
      if (link) {
        out.push(link.node);
        index = link.end;
        continue;
      }
    }
    pushText(out, char);
    index += 1;
  }
  return out;
}

/** The text of inline nodes, with markup dropped and a link's target after its text. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text' || node.type === 'code') return node.text;
      if (node.type === 'link') {
        const label = inlineText(node.children);
        const target = node.href.replace(/^mailto:/i, '');
        return label === target || label === node.href ? label : `${label} (${target})`;
      }
      return inlineText(node.children);
    })
    .join('');
}
