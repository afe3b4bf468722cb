import { db } from '../../db/db';
import { budgetSettingsOf } from '../../db/queries/budget-health';
import { loadUpdateSource } from '../../db/queries/updates-source';
import { updateDraftsRepo } from '../../db/repositories/update-drafts-repo';
import type { UpdateDraft } from '../../domain/model/update-draft';
import type { DayKey } from '../../domain/time/day-key';
import { buildUpdateDraft } from '../../domain/updates/draft-model';
import { renderDraftMarkdown } from '../../domain/updates/draft-markdown';
import type { DayRange } from '../../domain/updates/period';

/** Drafts the client's update for the period from the data and saves it as a new draft. */
export async function generateDraft(clientId: string, period: DayRange, today: DayKey): Promise<UpdateDraft> {
  const source = await loadUpdateSource(db, clientId, period, today);
  if (!source) throw new Error('This client no longer exists');
  const model = buildUpdateDraft({
    client: source.client,
    projects: source.projects,
    blocks: source.blocks,
    period,
    today,
    settings: budgetSettingsOf(source.settings),
  });
  return updateDraftsRepo(db).create({ clientId, periodStart: period.start, periodEnd: period.end, body: renderDraftMarkdown(model) });
}
