import { db } from '../../db/db';
import { projectsRepo } from '../../db/repositories/projects-repo';
import type { ChangeRequest } from '../../domain/model/project-parts';
import { formReader } from '../../domain/parse/form-reader';
import type { DayKey } from '../../domain/time/day-key';
import type { CurrencyCode } from '../../domain/units/money';
import { notify } from '../../stores/toast-store';
import { errorText } from '@shared/error-text';

// Change-request writes from the budget view, through the projects repository (the only writer).
// Form text is read here; a bad field throws ValidationError so the dialog shows it inline.

export const projects = projectsRepo(db);

export interface EstimateText {
  title: string;
  estimate: string;
  amount: string;
  askedAt: string;
}

/**
 * Adds a change request (or estimates an existing one). With an estimate in hours or money it is
 * 'estimated', otherwise 'asked'; estimating an existing one needs one of the two.
 */
export async function saveEstimate(
  projectId: string,
  currency: CurrencyCode,
  values: EstimateText,
  existing?: ChangeRequest,
): Promise<ChangeRequest> {
  const read = formReader(currency);
  // Empty is none (0); an unreadable text is 0 only until finish() throws its message
  const minutes = read.minutes('estimateMinutes', values.estimate) ?? 0;
  const amount = read.money('amount', values.amount, { nonNegative: true }) ?? 0;
  if (existing && !read.failed('estimateMinutes') && !read.failed('amount') && minutes === 0 && amount === 0) {
    read.fail('estimateMinutes', 'Give an estimate in hours, an amount, or both');
  }
  read.finish();
  const status = minutes > 0 || amount > 0 ? 'estimated' : 'asked';
  if (existing) return projects.saveChangeRequest(projectId, { id: existing.id, estimateMinutes: minutes, amount, status });
  return projects.saveChangeRequest(projectId, {
    title: values.title,
    estimateMinutes: minutes,
    amount,
    status,
    askedAt: values.askedAt,
  });
}

export async function decide(
  projectId: string,
  request: ChangeRequest,
  decision: 'approved' | 'declined',
  decidedBy: string,
  decidedAt: string,
): Promise<ChangeRequest> {
  const read = formReader();
  const by = read.text('decidedBy', decidedBy, { required: 'Say who at the client decided' });
  const day = read.day('decidedAt', decidedAt, { required: 'Decided on must be a real day written YYYY-MM-DD' });
  read.finish();
  // finish() threw unless both were read
  return projects.decideChangeRequest(projectId, request.id, { status: decision, decidedBy: by ?? '', decidedAt: day ?? '' });
}

export async function markCommunicated(projectId: string, request: ChangeRequest, today: DayKey): Promise<void> {
  try {
    await projects.markChangeRequestCommunicated(projectId, request.id, today);
    notify(`“${request.title}” marked as communicated`, {
      label: 'Undo',
      run: async () => {
        await projects.saveChangeRequest(projectId, { id: request.id, communicatedAt: undefined });
      },
    });
  } catch (error) {
    notify(`Could not save: ${errorText(error)}`, undefined, 'error');
  }
}
