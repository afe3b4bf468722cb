// The one escaper every report string goes through. Reports are HTML built from user text
// (client, project, task and note text), so nothing reaches the document unescaped: the `markup`
// template below escapes every interpolated value unless it is already-built SafeHtml.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text → HTML text or attribute value (quoted with either quote). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** HTML this module built; the only value `markup` inserts as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function piece(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(String(value));
}

/**
 * A tagged template: the literal parts are markup, every `${value}` is escaped text. Not named
 * `html` on purpose: Prettier reformats templates with that tag, which would change the output.
 */
export function markup(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += piece(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Markup written by this module (style sheets, fixed fragments): never user text. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

// A logo is shown only as an inline raster or SVG image in base64 (as Settings stores it):
// base64's alphabet cannot close the attribute, and an <img> never runs an SVG's scripts.
const LOGO_PATTERN = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

/** The logo as a data: URL safe for <img src>, or null when it is anything else. */
export function safeLogoUrl(logo: string | null | undefined): string | null {
  return logo && LOGO_PATTERN.test(logo) ? logo : null;
}
