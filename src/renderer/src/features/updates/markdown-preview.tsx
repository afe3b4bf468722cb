import { Fragment, useMemo } from 'react';
import type { ReactNode } from 'react';
import { parseMarkdown } from '../../domain/updates/markdown';
import type { Block, Inline } from '../../domain/updates/markdown';
import { findJargon } from '../../domain/updates/jargon';
import type { CompiledGlossary } from '../../domain/updates/jargon';

// The draft as the client will read it, built as React elements from the parsed tree: every
// piece of text is a text node (React escapes it), so no HTML string is ever injected. Glossary
// terms are underlined with their gloss as a tooltip. Headings sit three levels below the page's
// own (h1 → h4) so the preview does not take over the page outline.

function textWithJargon(text: string, glossary: CompiledGlossary, key: string): ReactNode {
  const matches = findJargon(text, glossary);
  if (matches.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) parts.push(text.slice(at, match.start));
    parts.push(
      <span key={`${key}-${match.start}`} className="jargon-term" title={`${match.term}: ${match.gloss}`}>
        {match.text}
      </span>,
    );
    at = match.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

function renderInline(nodes: readonly Inline[], glossary: CompiledGlossary, key: string): ReactNode[] {
  return nodes.map((node, index) => {
    const id = `${key}.${index}`;
    switch (node.type) {
      case 'text':
        return <Fragment key={id}>{textWithJargon(node.text, glossary, id)}</Fragment>;
      case 'code':
        return <code key={id}>{node.text}</code>;
      case 'strong':
        return <strong key={id}>{renderInline(node.children, glossary, id)}</strong>;
      case 'em':
        return <em key={id}>{renderInline(node.children, glossary, id)}</em>;
      case 'link':
        return (
          <a key={id} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderInline(node.children, glossary, id)}
          </a>
        );
    }
  });
}

const HEADINGS = ['h4', 'h5', 'h6', 'h6', 'h6', 'h6'] as const;

function renderBlock(block: Block, glossary: CompiledGlossary, index: number): ReactNode {
  const key = String(index);
  switch (block.type) {
    case 'heading': {
      const Tag = HEADINGS[block.level - 1] ?? 'h6';
      return (
        <Tag key={key} className={`md-h${block.level}`}>
          {renderInline(block.children, glossary, key)}
        </Tag>
      );
    }
    case 'paragraph':
      return <p key={key}>{renderInline(block.children, glossary, key)}</p>;
    case 'rule':
      return <hr key={key} />;
    case 'list': {
      const items = block.items.map((item, itemIndex) => <li key={itemIndex}>{renderInline(item, glossary, `${key}.${itemIndex}`)}</li>);
      return block.ordered ? (
        <ol key={key} start={block.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
  }
}

export function MarkdownPreview({ source, glossary }: { source: string; glossary: CompiledGlossary }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  if (blocks.length === 0) return <p className="muted">Nothing to preview yet.</p>;
  return <div className="markdown-preview">{blocks.map((block, index) => renderBlock(block, glossary, index))}</div>;
}
