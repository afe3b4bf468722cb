// Splits quick-add text into tokens. A token is a run of non-space characters, except that a
// project or assignee written with quotes (+"Website relaunch", @"Sam Lee") runs to its closing
// quote, spaces included. A leading backslash makes a token literal ("\#1" is the title word "#1").

export type Sigil = '+' | '@' | '#' | '!';

export interface Token {
  /** the text as typed (what stays in the title when the token is not understood) */
  raw: string;
  /** the marker in front, or null for a plain word */
  sigil: Sigil | null;
  /** the text after the marker, without quotes */
  body: string;
  quoted: boolean;
  /** escaped with a backslash: title text whatever it looks like */
  literal: boolean;
}

const SIGILS: readonly string[] = ['+', '@', '#', '!'] satisfies Sigil[];

function isSigil(char: string): char is Sigil {
  return SIGILS.includes(char);
}
const OPEN_QUOTES = new Set(['"', '“']);
const CLOSE_QUOTES = new Set(['"', '”']);

function isSpace(char: string): boolean {
  return /\s/.test(char);
}

function readWord(text: string, start: number): number {
  let end = start;
  while (end < text.length && !isSpace(text.charAt(end))) end += 1;
  return end;
}

function readQuoted(text: string, start: number): { end: number; body: string } {
  // `start` is on the opening quote; an unclosed quote runs to the end of the text.
  let end = start + 1;
  while (end < text.length && !CLOSE_QUOTES.has(text.charAt(end))) end += 1;
  const body = text.slice(start + 1, end);
  return { end: Math.min(end + 1, text.length), body };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    if (isSpace(char)) {
      index += 1;
      continue;
    }
    if (char === '\\') {
      const end = readWord(text, index);
      const literal = text.slice(index + 1, end);
      if (literal !== '') tokens.push({ raw: literal, sigil: null, body: literal, quoted: false, literal: true });
      index = end;
      continue;
    }
    const quotable = (char === '+' || char === '@') && OPEN_QUOTES.has(text.charAt(index + 1));
    if (quotable && isSigil(char)) {
      const { end, body } = readQuoted(text, index + 1);
      tokens.push({
        raw: text.slice(index, end),
        sigil: char,
        body: body.trim().replace(/\s+/g, ' '),
        quoted: true,
        literal: false,
      });
      index = end;
      continue;
    }
    const end = readWord(text, index);
    const raw = text.slice(index, end);
    const sigil = isSigil(char) && raw.length > 1 ? char : null;
    tokens.push({ raw, sigil, body: sigil ? raw.slice(1) : raw, quoted: false, literal: false });
    index = end;
  }
  return tokens;
}
