import type { Coverage, QuestionAnswer } from './types';

/** How many answers are yes, no and unknown, and the share answered yes (the coverage). */
export function coverageOf(answers: readonly Pick<QuestionAnswer, 'answer'>[]): Coverage {
  const coverage: Coverage = { yes: 0, no: 0, unknown: 0, total: answers.length, share: null };
  for (const { answer } of answers) coverage[answer] += 1;
  coverage.share = coverage.total > 0 ? coverage.yes / coverage.total : null;
  return coverage;
}
