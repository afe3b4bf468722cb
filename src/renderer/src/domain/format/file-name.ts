// Text people typed (a client's name, an invoice number) made safe for a file name: characters file
// systems (and the IPC schema's suggestedName) refuse, and control characters, become spaces; runs
// of spaces become one; the result is trimmed and cut to `max` characters.

const REFUSED = '/\\:*?"<>|';

export function fileNamePart(text: string, max = 80): string {
  return [...text]
    .map((character) => (character < ' ' || character === '\u007f' || REFUSED.includes(character) ? ' ' : character))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
}
