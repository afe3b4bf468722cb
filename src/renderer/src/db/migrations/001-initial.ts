import type { Migration } from './migration';

// The first schema. Index only what a where() or orderBy() uses; everything else is a plain field.
//   clients       name                    – listing in name order
//   projects      clientId, status, &code – per client, per status, unique short code
//   timeEntries   [projectId+day]         – one project's entries in a day range (detail, trash)
//                 day                     – the Time screen's week, CSV export of any range
//                 taskId                  – time on a task; clearing links when a task is deleted
//                 source.importId         – undoing an import
//                 source.externalId       – skipping rows a second import of the same file repeats
//   expenses      [projectId+day], day    – as for entries
//   tasks         [projectId+order]       – a project's list in order (inbox tasks have null projectId
//                                           and are found through status)
//                 status, due             – open tasks, due and overdue tasks
//   timeBlocks    day, projectId, *taskIds – planner days, planned spend per project, task blocks
//   updateDrafts  clientId
//   trash         deletedAt               – newest first, purging old items
//   projectTotals projectId (primary key) – rollup per project
//   projectDays   [projectId+day], day    – rollup per project per day: burn charts, day totals
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  stores: {
    clients: 'id, name',
    projects: 'id, clientId, status, &code',
    timeEntries: 'id, [projectId+day], day, taskId, source.importId, source.externalId',
    expenses: 'id, [projectId+day], day',
    tasks: 'id, [projectId+order], status, due',
    timeBlocks: 'id, day, projectId, *taskIds',
    updateDrafts: 'id, clientId',
    teammates: 'id',
    settings: 'id',
    timer: 'id',
    imports: 'id',
    trash: 'id, deletedAt',
    projectTotals: 'projectId',
    projectDays: '[projectId+day], day',
  },
};
