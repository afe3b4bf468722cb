// What a 1–5 check-in score means, in words, and which badge tone shows it.

export const SCORE_WORDS: Record<number, string> = {
  1: 'In trouble',
  2: 'Strained',
  3: 'Okay',
  4: 'Good',
  5: 'Excellent',
};

export function scoreLabel(score: number): string {
  return `${score}/5 · ${SCORE_WORDS[score] ?? ''}`;
}

export function scoreBadgeClass(score: number): string {
  if (score >= 4) return 'badge badge-success';
  if (score === 3) return 'badge badge-warning';
  return 'badge badge-danger';
}
