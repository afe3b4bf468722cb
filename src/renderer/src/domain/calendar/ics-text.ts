// The text layer of iCalendar (RFC 5545 §3.1, §3.3.11): content lines, folding and TEXT escaping.
// The export writes with these rules; the import checks a file's lines with them before ical.js reads it.

/** Longest line in octets, CRLF excluded (§3.1). */
export const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line into lines of at most 75 UTF-8 octets; continuation lines start with a
 * space, which counts toward their 75. Splits only between code points, never inside a character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** TEXT value escaping (§3.3.11): backslash, semicolon, comma and line breaks; other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex -- TEXT allows no controls but HTAB
}

/** A physical line after unfolding, with the number of the line it started on (for messages). */
export interface UnfoldedLine {
  text: string;
  lineNumber: number;
}

/** Unfolds (§3.1): a line starting with a space or tab continues the previous one. Bare LF is accepted too. */
export function unfoldLines(text: string): UnfoldedLine[] {
  const lines: UnfoldedLine[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const previous = lines[lines.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && previous) previous.text += raw.slice(1);
    else lines.push({ text: raw, lineNumber: index + 1 });
  });
  return lines.filter((line) => line.text.trim() !== '');
}

export interface ContentLine {
  /** upper-cased property name, e.g. 'DTSTART' */
  name: string;
  value: string;
  lineNumber: number;
}

const NAME = /^[A-Za-z0-9-]+/;

/**
 * Splits `NAME;PARAM=value;PARAM="quoted":value` into its name and value, or null when the line has
 * no such shape. Only the shape is checked here, for a message with the line; ical.js reads the values.
 */
export function parseContentLine({ text, lineNumber }: UnfoldedLine): ContentLine | null {
  const name = NAME.exec(text)?.[0];
  if (!name) return null;
  let rest = text.slice(name.length);
  while (rest.startsWith(';')) {
    const param = /^;([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)((?:,(?:"[^"]*"|[^";:,]*))*)/.exec(rest);
    if (!param?.[1]) return null;
    rest = rest.slice(param[0].length);
  }
  if (!rest.startsWith(':')) return null;
  return { name: name.toUpperCase(), value: rest.slice(1), lineNumber };
}
