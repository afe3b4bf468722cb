import { newId } from '../../domain/ids';
import { dayKeyOf } from '../../domain/time/day-key';
import { projectSchema } from '../../domain/model/project';
import { changeRequestSchema, milestoneSchema, scopeItemSchema } from '../../domain/model/project-parts';
import type { ChangeRequest, Milestone, ScopeItem } from '../../domain/model/project-parts';
import type { Project } from '../../domain/model/project';
import type { TandemDb } from '../db';
import { editRecord, removeItem, savedItem, upsertItem } from './record-edits';
import type { ItemInput } from './record-edits';
import { RecordNotFoundError } from '../errors';
import { readClock } from '../../platform/clock';

// The lists inside a project: milestones, scope items and change requests. Each save validates
// the item alone (field messages for its form) and then the whole project.
export function projectPlan(db: TandemDb) {
  const edit = (id: string, change: (project: Project) => object) =>
    editRecord(db.projects, 'project', projectSchema, id, change);

  return {
    async saveMilestone(projectId: string, input: ItemInput<typeof milestoneSchema>): Promise<Milestone> {
      const id = input.id ?? newId();
      const project = await edit(projectId, (p) => ({
        ...p,
        milestones: upsertItem(p.milestones, milestoneSchema, { ...input, id }).items,
      }));
      return savedItem(project.milestones, id);
    },

    /** Marks a milestone done on `day` (default today, local) or, with null, not done. */
    async setMilestoneDone(
      projectId: string,
      milestoneId: string,
      day: string | null = dayKeyOf(readClock()),
    ): Promise<Milestone> {
      const project = await edit(projectId, (p) => ({
        ...p,
        milestones: p.milestones.map((m) => (m.id === milestoneId ? { ...m, doneAt: day ?? undefined } : m)),
      }));
      return savedItem(project.milestones, milestoneId);
    },

    removeMilestone(projectId: string, milestoneId: string): Promise<Project> {
      return edit(projectId, (p) => ({ ...p, milestones: removeItem(p.milestones, milestoneId) }));
    },

    async saveScopeItem(projectId: string, input: ItemInput<typeof scopeItemSchema>): Promise<ScopeItem> {
      const id = input.id ?? newId();
      const project = await edit(projectId, (p) => ({
        ...p,
        scopeItems: upsertItem(p.scopeItems, scopeItemSchema, { ...input, id }).items,
      }));
      return savedItem(project.scopeItems, id);
    },

    removeScopeItem(projectId: string, itemId: string): Promise<Project> {
      return edit(projectId, (p) => ({ ...p, scopeItems: removeItem(p.scopeItems, itemId) }));
    },

    async saveChangeRequest(projectId: string, input: ItemInput<typeof changeRequestSchema>): Promise<ChangeRequest> {
      const id = input.id ?? newId();
      const project = await edit(projectId, (p) => ({
        ...p,
        changeRequests: upsertItem(p.changeRequests, changeRequestSchema, { ...input, id }).items,
      }));
      return savedItem(project.changeRequests, id);
    },

    /** Records the client's yes or no: who decided and on which day (default today, local). */
    decideChangeRequest(
      projectId: string,
      requestId: string,
      decision: { status: 'approved' | 'declined'; decidedBy?: string; decidedAt?: string },
    ): Promise<ChangeRequest> {
      return changeRequest(projectId, requestId, { decidedAt: dayKeyOf(readClock()), ...decision });
    },

    /** Notes the day the decision was passed on to the client (default today, local). */
    markChangeRequestCommunicated(
      projectId: string,
      requestId: string,
      day: string = dayKeyOf(readClock()),
    ): Promise<ChangeRequest> {
      return changeRequest(projectId, requestId, { communicatedAt: day });
    },

    removeChangeRequest(projectId: string, requestId: string): Promise<Project> {
      return edit(projectId, (p) => ({ ...p, changeRequests: removeItem(p.changeRequests, requestId) }));
    },
  };

  async function changeRequest(projectId: string, requestId: string, fields: object): Promise<ChangeRequest> {
    const project = await edit(projectId, (p) => {
      if (!p.changeRequests.some((request) => request.id === requestId))
        throw new RecordNotFoundError('change request', requestId);
      return { ...p, changeRequests: upsertItem(p.changeRequests, changeRequestSchema, { ...fields, id: requestId }).items };
    });
    return savedItem(project.changeRequests, requestId);
  }
}
