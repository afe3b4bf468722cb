import type { Hat } from '../../domain/model/hat';
import type { OverloadState } from '../../domain/health-check/hat-hours';
import type { Answer } from '../../domain/health-check/types';
import { NONE } from '../../domain/format/none';

// Words and badge tones for the health check, at the edge.

export const ANSWER_WORDS: Record<Answer, string> = { yes: 'Yes', no: 'No', unknown: 'Unknown' };

export const ANSWER_BADGES: Record<Answer, string> = {
  yes: 'badge badge-success',
  no: 'badge badge-danger',
  unknown: 'badge',
};

export const OVERLOAD_WORDS: Record<OverloadState, string> = {
  overloaded: 'Overloaded',
  balanced: 'Balanced',
  unknown: 'Not enough data',
};

export const OVERLOAD_BADGES: Record<OverloadState, string> = {
  overloaded: 'badge badge-danger',
  balanced: 'badge badge-success',
  unknown: 'badge',
};

/** The same hat colours as the Switching screen's hat mix. */
export const HAT_CLASSES: Record<Hat, string> = {
  production: 'hc-hat-production',
  account: 'hc-hat-account',
  project: 'hc-hat-project',
};

/** '62%' from a share of 1, or NONE when there is none. */
export function percentText(share: number | null): string {
  return share === null ? NONE : `${Math.round(share * 100)}%`;
}
