import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';
import type { RunningTimer } from '../../domain/model/running-timer';
import type { TandemDb } from '../db';
import { getRunningTimer } from './singletons';

export interface RunningTimerView {
  timer: RunningTimer;
  project: Project | undefined;
  client: Client | undefined;
}

/** The running timer with its project and client for the header; undefined when none runs. */
export async function runningTimerView(db: TandemDb): Promise<RunningTimerView | undefined> {
  const timer = await getRunningTimer(db);
  if (!timer) return undefined;
  const project = await db.projects.get(timer.projectId);
  const client = project ? await db.clients.get(project.clientId) : undefined;
  return { timer, project, client };
}
