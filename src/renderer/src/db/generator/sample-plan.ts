import { toMinutes } from '../../domain/units/minutes';
import { addDays } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { isWorkingDay, startOfWeek } from '../../domain/time/week';
import { localDateAt } from '../../domain/time/wall-clock';
import { ASSIGNEE_ME } from '../../domain/model/task';
import type { Hat } from '../../domain/model/hat';
import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';
import type { Task, TaskStatus } from '../../domain/model/task';
import type { Teammate } from '../../domain/model/teammate';
import type { TimeBlock } from '../../domain/model/time-block';
import type { UpdateDraft } from '../../domain/model/update-draft';
import { TASK_TITLES } from './names';
import type { Rng } from './prng';

// Tasks (inbox and per project, every status, some overdue, some waiting on the client), the
// planner's blocks for this week and next, and client update drafts.

export function makeTask(
  rng: Rng,
  projectId: string | null,
  order: number,
  today: DayKey,
  teammates: readonly Teammate[],
  done: boolean,
): Task {
  const hat = rng.weighted<Hat>([
    ['production', 50],
    ['account', 25],
    ['project', 25],
  ]);
  const status = done
    ? 'done'
    : rng.weighted<TaskStatus>([
        ['todo', 35],
        ['doing', 12],
        ['waiting', 18],
        ['done', 35],
      ]);
  const due = rng.chance(0.6) ? addDays(today, rng.int(-14, 21)) : undefined;
  return {
    id: rng.uuid(),
    title: rng.pick(TASK_TITLES[hat]),
    notes: status === 'waiting' ? 'Waiting for the client to reply.' : '',
    projectId,
    hat,
    estimateMinutes: rng.chance(0.7) ? toMinutes(rng.int(1, 16) * 30) : undefined,
    due,
    status,
    assignee: teammates.length > 0 && rng.chance(0.2) ? rng.pick(teammates).id : ASSIGNEE_ME,
    order,
    doneAt: status === 'done' ? addDays(today, -rng.int(0, 60)) : undefined,
  };
}

export function makeSampleTasks(rng: Rng, projects: readonly Project[], today: DayKey, teammates: readonly Teammate[]): Task[] {
  const tasks: Task[] = [];
  for (let order = 0; order < 6; order += 1) tasks.push(makeTask(rng, null, order, today, teammates, false));
  for (const project of projects) {
    const count = project.billing === 'non_billable' ? 3 : rng.int(3, 7);
    for (let order = 0; order < count; order += 1)
      tasks.push(makeTask(rng, project.id, order, today, teammates, project.status === 'done'));
  }
  return tasks;
}

/** A typical planned day: deep work mornings, client time, lunch, admin, sometimes a meeting. */
export function makeSampleBlocks(rng: Rng, projects: readonly Project[], tasks: readonly Task[], today: DayKey): TimeBlock[] {
  const active = projects.filter((project) => project.status === 'active' && project.billing !== 'non_billable');
  const blocks: TimeBlock[] = [];
  const weekStart = startOfWeek(today, 1);
  for (let offset = 0; offset < 14; offset += 1) {
    const day = addDays(weekStart, offset);
    if (!isWorkingDay(day, 5)) continue;
    const focus = rng.pick(active);
    const focusTask = tasks.find((task) => task.projectId === focus.id && task.status !== 'done' && task.hat === 'production');
    const block = (
      startMinute: number,
      endMinute: number,
      kind: TimeBlock['kind'],
      title: string,
      project?: Project,
      taskIds: string[] = [],
    ) => blocks.push({ id: rng.uuid(), day, startMinute, endMinute, kind, projectId: project?.id, taskIds, title });
    block(540, 690, 'deep_work', `Deep work: ${focus.name}`, focus, focusTask ? [focusTask.id] : []);
    const clientProject = rng.pick(active);
    block(690, 750, 'client', `Client time: ${clientProject.name}`, clientProject);
    block(750, 795, 'break', 'Lunch');
    block(795, 840, 'pm_admin', 'Email, planning, timesheets');
    if (rng.chance(0.5))
      block(840, 900, 'meeting', rng.pick(['Team stand-up', 'Client status call', 'Design review']), rng.pick(active));
    if (rng.chance(0.5)) {
      const afternoon = rng.pick(active);
      block(900, 1020, 'deep_work', `Deep work: ${afternoon.name}`, afternoon);
    }
  }
  return blocks;
}

export function makeSampleDrafts(rng: Rng, clients: readonly Client[], today: DayKey): UpdateDraft[] {
  const thisWeek = startOfWeek(today, 1);
  const lastWeek = addDays(thisWeek, -7);
  const drafts: UpdateDraft[] = [];
  for (const client of clients.slice(0, 3)) {
    drafts.push({
      id: rng.uuid(),
      clientId: client.id,
      periodStart: lastWeek,
      periodEnd: addDays(lastWeek, 4),
      body: `## Update for ${client.name}\n\n**Done:** design sign-off, first build.\n\n**Next:** testing and content.\n\n**Decisions we need from you:** final copy for the home page.`,
      status: 'sent',
      sentAt: localDateAt(addDays(lastWeek, 4), 16 * 60).toISOString(),
    });
  }
  drafts.push({
    id: rng.uuid(),
    clientId: clients[0]?.id ?? '',
    periodStart: thisWeek,
    periodEnd: addDays(thisWeek, 4),
    body: '## This week\n\n- Design review\n\n## Next week\n\n- Build',
    status: 'draft',
  });
  return drafts;
}
