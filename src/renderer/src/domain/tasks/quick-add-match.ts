// Finding the project or teammate a quick-add token names. Matching is case-insensitive and runs
// in tiers, the first tier with any hit deciding: a project's exact code, then its exact name, then
// a name that starts with the text, then a name with a word that starts with it ('+retainer' finds
// 'SEO retainer'). Teammates: exact name, then a whole first or last name ('@sam' is Sam Lee even
// when Samira Khan exists), then name prefix, then word prefix ('@kha' finds 'Samira Khan').
// Two hits in the deciding tier are an ambiguity for the user to settle, never a guess.

export interface QuickAddProject {
  id: string;
  code: string;
  name: string;
  /** shown beside the name when the user has to choose */
  clientName?: string;
}

export interface QuickAddTeammate {
  id: string;
  name: string;
}

export type Match<T> = { kind: 'one'; item: T } | { kind: 'many'; items: T[] } | { kind: 'none' };

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function firstTier<T>(items: readonly T[], tiers: readonly ((item: T) => boolean)[]): Match<T> {
  for (const tier of tiers) {
    const hits = items.filter(tier);
    const [only] = hits;
    if (hits.length === 1 && only !== undefined) return { kind: 'one', item: only };
    if (hits.length > 1) return { kind: 'many', items: hits };
  }
  return { kind: 'none' };
}

/** True when a word of `name` (and what follows it) starts with `needle`. */
function wordStartsWith(name: string, needle: string): boolean {
  const words = name.split(' ');
  return words.some((_, index) => words.slice(index).join(' ').startsWith(needle));
}

function nameTiers<T>(nameOf: (item: T) => string, needle: string): ((item: T) => boolean)[] {
  return [
    (item) => normalise(nameOf(item)) === needle,
    (item) => normalise(nameOf(item)).startsWith(needle),
    (item) => wordStartsWith(normalise(nameOf(item)), needle),
  ];
}

export function matchProject(text: string, projects: readonly QuickAddProject[]): Match<QuickAddProject> {
  const needle = normalise(text);
  if (needle === '') return { kind: 'none' };
  return firstTier(projects, [
    (project) => project.code.toLowerCase() === needle,
    ...nameTiers<QuickAddProject>((project) => project.name, needle),
  ]);
}

export function matchTeammate(text: string, teammates: readonly QuickAddTeammate[]): Match<QuickAddTeammate> {
  const needle = normalise(text);
  if (needle === '') return { kind: 'none' };
  const nameOf = (teammate: QuickAddTeammate) => normalise(teammate.name);
  return firstTier(teammates, [
    (teammate) => nameOf(teammate) === needle,
    (teammate) => nameOf(teammate).split(' ').includes(needle),
    (teammate) => nameOf(teammate).startsWith(needle),
    (teammate) => wordStartsWith(nameOf(teammate), needle),
  ]);
}
