import type { Migration } from './migration';

// Version 3: tasks gain a [status+due] index. Today and the Planner list my open tasks due by the
// shown day; through the 'status' index they read every open task, about a thousand at the scale
// dataset, to keep a few hundred. Tasks without a due date are not in this index (IndexedDB skips a
// record whose key is missing), which is right: only 'doing' tasks show without one, read by status.
// Adding an index needs no upgrade function: IndexedDB builds it from the stored rows.
export const migration003OpenTasksByDue: Migration = {
  version: 3,
  name: 'open-tasks-by-due',
  stores: {
    tasks: 'id, [projectId+order], status, due, [status+due]',
  },
};
