import { db } from '../../db/db';
import { projectsRepo } from '../../db/repositories/projects-repo';
import type { ChangeRequest } from '../../domain/model/project-parts';
import { parseDuration } from '../../domain/parse/parse-duration';
import { parseMoney } from '../../domain/parse/parse-money';
import { isDayKey } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { CurrencyCode } from '../../domain/units/money';
import { ValidationError } from '../../domain/validation';
import type { FieldErrors } from '../../domain/validation';
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

function readEstimate(values: EstimateText, currency: CurrencyCode, errors: FieldErrors): { minutes: number; amount: number } {
  let minutes = 0;
  let amount = 0;
  if (values.estimate.trim() !== '') {
    const parsed = parseDuration(values.estimate);
    if (parsed.ok) minutes = parsed.value;
    else errors.estimateMinutes = parsed.error;
  }
  if (values.amount.trim() !== '') {
    const parsed = parseMoney(values.amount, currency);
    if (!parsed.ok) errors.amount = parsed.error;
    else if (parsed.value.minor < 0) errors.amount = 'Amount cannot be negative';
    else amount = parsed.value.minor;
  }
  return { minutes, amount };
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
  const errors: FieldErrors = {};
  const { minutes, amount } = readEstimate(values, currency, errors);
  if (existing && !errors.estimateMinutes && !errors.amount && minutes === 0 && amount === 0) {
    errors.estimateMinutes = 'Give an estimate in hours, an amount, or both';
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
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
  const errors: FieldErrors = {};
  if (decidedBy.trim() === '') errors.decidedBy = 'Say who at the client decided';
  if (!isDayKey(decidedAt)) errors.decidedAt = 'Decided on must be a real day written YYYY-MM-DD';
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return projects.decideChangeRequest(projectId, request.id, { status: decision, decidedBy: decidedBy.trim(), decidedAt });
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
