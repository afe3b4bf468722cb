import { normalizeHeader } from './columns';
import type { CsvSource } from './types';

// Which tracker wrote the file, from its header line alone. Each tracker has a column the others
// never write; weaker hints decide files that lost those columns.

export function detectSource(headers: readonly string[]): CsvSource | null {
  const names = new Set(headers.map(normalizeHeader));
  const has = (name: string) => names.has(name);
  const some = (pattern: RegExp) => [...names].some((name) => pattern.test(name));

  if (has('duration (h)') || has('duration (decimal)') || some(/^billable (rate|amount) \(/)) return 'clockify';
  if (has('hours') || has('hours rounded') || has('billable?') || has('spent date')) return 'harvest';
  if (some(/^amount \(/)) return 'toggl';
  if (has('start date') && (has('activity') || has('group') || has('start time'))) {
    // Clockify and Toggl share these; Toggl writes 'Duration', Clockify never does.
    return has('duration') || has('user') || has('email') ? 'toggl' : 'clockify';
  }
  if (has('start date') && has('duration')) return 'toggl';
  if (has('date') && has('project') && (has('notes') || has('first name'))) return 'harvest';
  return null;
}
