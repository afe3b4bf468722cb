import { BUILT_IN_GLOSSARY } from './glossary';
import type { GlossaryEntry } from './glossary';

// The jargon check: finds glossary terms in a draft and inserts their gloss.
// - Whole words only: a match never touches a letter, digit or underscore on either side, so
//   "UX" is found in "UX-led" and "(UX)" but not in "UXD" or "flux".
// - Acronyms (no lower-case letter: "CSS", "GA4") match exactly as written, so "css" in a file
//   name is left alone; an acronym's plural ("APIs") counts. Other terms match in any case.
// - Text inside web and mail addresses is skipped ("staging.example.com" is an address).
// - Overlapping matches keep the earliest, then the longest ("A/B testing" over "A/B test").
// A term counts as explained when a parenthesis follows it: "CTR (click-through rate)".

export type { GlossaryEntry } from './glossary';

export interface JargonMatch {
  start: number;
  /** exclusive */
  end: number;
  /** as written in the text */
  text: string;
  /** the glossary's spelling */
  term: string;
  gloss: string;
  /** a parenthesis right after it already explains it */
  explained: boolean;
}

interface CompiledTerm {
  entry: GlossaryEntry;
  pattern: RegExp;
}

export interface CompiledGlossary {
  entries: readonly GlossaryEntry[];
  terms: readonly CompiledTerm[];
}

export function isAcronym(term: string): boolean {
  return !/\p{Ll}/u.test(term) && /\p{Lu}/u.test(term);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function patternOf(spelling: string): RegExp {
  const acronym = isAcronym(spelling);
  const body = spelling.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  const plural = acronym ? '(?:s)?' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}${plural}(?![\\p{L}\\p{N}_])`, acronym ? 'gu' : 'giu');
}

/**
 * The built-in glossary with the user's terms: a user term spelled like a built-in term or one of
 * its other spellings replaces that term's gloss; any other user term is added.
 */
export function mergeGlossary(custom: readonly { term: string; gloss: string }[], builtIn: readonly GlossaryEntry[] = BUILT_IN_GLOSSARY): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>(builtIn.map((entry) => [entry.term.toLowerCase(), entry]));
  const spellings = new Map<string, string>();
  for (const entry of builtIn) for (const spelling of [entry.term, ...(entry.aliases ?? [])]) spellings.set(spelling.toLowerCase(), entry.term.toLowerCase());
  for (const { term, gloss } of custom) {
    const spelling = term.trim().toLowerCase();
    if (spelling === '') continue;
    const key = spellings.get(spelling) ?? spelling;
    const existing = entries.get(key);
    entries.set(key, existing ? { ...existing, gloss } : { term: term.trim(), gloss });
  }
  return [...entries.values()];
}

export function compileGlossary(entries: readonly GlossaryEntry[]): CompiledGlossary {
  const terms = entries.flatMap((entry) => [entry.term, ...(entry.aliases ?? [])].map((spelling) => ({ entry, pattern: patternOf(spelling) })));
  return { entries, terms };
}

const ADDRESS = /(?:https?:\/\/|mailto:|www\.)[^\s<>()]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

function addressRanges(text: string): [number, number][] {
  return [...text.matchAll(ADDRESS)].map((match) => [match.index, match.index + match[0].length]);
}

export function findJargon(text: string, glossary: CompiledGlossary): JargonMatch[] {
  const addresses = addressRanges(text);
  const candidates: JargonMatch[] = [];
  for (const { entry, pattern } of glossary.terms) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (addresses.some(([from, to]) => start < to && end > from)) continue;
      const explained = /^[ \t]*\(/.test(text.slice(end, end + 8));
      candidates.push({ start, end, text: match[0], term: entry.term, gloss: entry.gloss, explained });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const matches: JargonMatch[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.start < reached) continue;
    matches.push(candidate);
    reached = candidate.end;
  }
  return matches;
}

export interface JargonTerm {
  term: string;
  gloss: string;
  count: number;
  /** its first use is explained (a gloss belongs where a reader meets the term first) */
  explained: boolean;
  first: JargonMatch;
}

/** One row per term found, in order of first appearance. */
export function summariseJargon(matches: readonly JargonMatch[]): JargonTerm[] {
  const byTerm = new Map<string, JargonTerm>();
  for (const match of matches) {
    const row = byTerm.get(match.term);
    if (row) row.count += 1;
    else byTerm.set(match.term, { term: match.term, gloss: match.gloss, count: 1, explained: match.explained, first: match });
  }
  return [...byTerm.values()];
}

/** The text with " (gloss)" right after the match; `cursor` is just after the inserted gloss. */
export function insertGloss(text: string, match: Pick<JargonMatch, 'end' | 'gloss'>): { text: string; cursor: number } {
  const insertion = ` (${match.gloss})`;
  return { text: text.slice(0, match.end) + insertion + text.slice(match.end), cursor: match.end + insertion.length };
}

/** Explains a term at its first use, unless that use is explained already; null when it is not in the text. */
export function glossFirstUse(text: string, term: string, glossary: CompiledGlossary): { text: string; cursor: number } | null {
  const first = findJargon(text, glossary).find((match) => match.term === term);
  if (!first) return null;
  if (first.explained) return { text, cursor: first.end };
  return insertGloss(text, first);
}
