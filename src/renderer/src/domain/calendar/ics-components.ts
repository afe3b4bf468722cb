import { err, ok, type Result } from '../result';
import { parseContentLine, unfoldLines, type ContentLine } from './ics-text';

// The component tree of an iCalendar stream (RFC 5545 §3.4, §3.6): BEGIN/END pairs that must nest
// and balance, every line a content line. Anything else is refused with the line it happened on.
// ical.js reads the values but is lenient about this shape (an END closes whatever is open) and
// keeps no line numbers, so this outline checks the file first and names lines in messages.

export interface IcsComponent {
  /** upper-cased, e.g. 'VEVENT' */
  name: string;
  /** the line of its BEGIN */
  lineNumber: number;
  properties: ContentLine[];
  components: IcsComponent[];
}

/** The first property of that name, if any. */
export function property(component: IcsComponent, name: string): ContentLine | undefined {
  return component.properties.find((line) => line.name === name);
}

function quote(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Every VCALENDAR in the text (a file may hold several, one after the other). */
export function parseIcsComponents(text: string): Result<IcsComponent[]> {
  const lines = unfoldLines(text.replace(/^\uFEFF/, ''));
  const first = lines[0];
  if (!first) return err('The file is empty: there is no calendar in it.');
  if (first.text.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    return err(
      `This is not an iCalendar (.ics) file: it must start with BEGIN:VCALENDAR, but line ${first.lineNumber} reads “${quote(first.text)}”.`,
    );
  }
  const calendars: IcsComponent[] = [];
  const stack: IcsComponent[] = [];
  for (const raw of lines) {
    const line = parseContentLine(raw);
    if (!line) return err(`Line ${raw.lineNumber} cannot be read: “${quote(raw.text)}” is not of the form NAME:value.`);
    const parent = stack[stack.length - 1];
    if (line.name === 'BEGIN') {
      const name = line.value.trim().toUpperCase();
      if (!parent && name !== 'VCALENDAR') return err(`Line ${line.lineNumber}: BEGIN:${name} is outside any VCALENDAR.`);
      const component: IcsComponent = { name, lineNumber: line.lineNumber, properties: [], components: [] };
      parent?.components.push(component);
      stack.push(component);
    } else if (line.name === 'END') {
      const name = line.value.trim().toUpperCase();
      if (!parent) return err(`Line ${line.lineNumber}: END:${name} has no matching BEGIN.`);
      if (parent.name !== name) {
        return err(`Line ${line.lineNumber}: END:${name} does not close BEGIN:${parent.name} from line ${parent.lineNumber}.`);
      }
      stack.pop();
      if (stack.length === 0) calendars.push(parent);
    } else if (parent) {
      parent.properties.push(line);
    } else {
      return err(`Line ${line.lineNumber}: “${quote(raw.text)}” is outside any VCALENDAR.`);
    }
  }
  const open = stack[stack.length - 1];
  if (open) return err(`The file ends inside BEGIN:${open.name} from line ${open.lineNumber}: END:${open.name} is missing.`);
  return ok(calendars);
}
