import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../../../src/renderer/src/domain/health-check/coverage';
import type { OverloadSignal } from '../../../../src/renderer/src/domain/health-check/hat-hours';
import { AM_QUESTIONS, PM_QUESTIONS } from '../../../../src/renderer/src/domain/health-check/questions';
import { recommend } from '../../../../src/renderer/src/domain/health-check/recommendation';
import type { AreaSummary } from '../../../../src/renderer/src/domain/health-check/recommendation';
import type { Answer, Area } from '../../../../src/renderer/src/domain/health-check/types';

const answers = (yes: number, no: number, unknown = 0) =>
  [...Array<Answer>(yes).fill('yes'), ...Array<Answer>(no).fill('no'), ...Array<Answer>(unknown).fill('unknown')].map(
    (answer) => ({ answer }),
  );

/** An area from each question's answers in the checklist's order; questions not given answer yes for every subject. */
function area(name: Area, subjects: number, given: Answer[][] = []): AreaSummary {
  const infos = name === 'am' ? AM_QUESTIONS : PM_QUESTIONS;
  const per = infos.map((_, index) => (given[index] ?? Array<Answer>(subjects).fill('yes')).map((answer) => ({ answer })));
  return {
    area: name,
    coverage: coverageOf(per.flat()),
    questions: infos.map((info, index) => ({ info, coverage: coverageOf(per[index] ?? []) })),
  };
}
const empty = (name: Area): AreaSummary => ({ area: name, coverage: coverageOf([]), questions: [] });

const balanced: OverloadSignal = { state: 'balanced', managementShare: 0.3, heavyWeeks: 0, text: 'Balanced.' };
const overloaded: OverloadSignal = { state: 'overloaded', managementShare: 0.5, heavyWeeks: 3, text: 'Management took 50%.' };

describe('coverage', () => {
  it('is the share answered yes; unknown counts against it', () => {
    const coverage = coverageOf(answers(3, 1, 1));
    expect(coverage).toEqual({ yes: 3, no: 1, unknown: 1, total: 5, share: 0.6 });
    expect(coverageOf([])).toEqual({ yes: 0, no: 0, unknown: 0, total: 0, share: null });
  });
});

describe('the recommendation follows the gaps', () => {
  it('project management first when PM coverage is lower by 15 points or more', () => {
    const am = area('am', 2, [['yes', 'no']]); // 11/12 = 92%
    const pm = area('pm', 2, [
      ['no', 'unknown'],
      ['no', 'yes'],
    ]); // 9/12 = 75%
    const result = recommend(am, pm, balanced);
    expect(result.focus).toBe('pm');
    expect(result.headline).toBe('Project management first');
    expect(result.lead).toMatch(/^Most gaps are project-management questions/);
    expect(result.gaps).toEqual([
      'Timeline on track: 1 of 2 active projects answer no, 1 unknown.',
      'Everyone knows what to do: 1 of 2 active projects answer no.',
    ]);
  });
  it('account management first when AM coverage is lower; at most three gaps, most “no” first, then most unknown', () => {
    const am = area('am', 2, [
      ['yes', 'no'],
      ['unknown', 'unknown'],
      ['no', 'no'],
      ['no', 'unknown'],
    ]); // 4/12 = 33%
    const result = recommend(am, area('pm', 2), balanced);
    expect(result.focus).toBe('am');
    expect(result.gaps).toEqual([
      'Budget and value: 2 of 2 clients answer no.',
      'Client happy: 1 of 2 clients answer no, 1 unknown.',
      'Whom to ask: 1 of 2 clients answer no.',
    ]);
    expect(
      recommend(
        area('am', 2, [
          ['unknown', 'no'],
          ['unknown', 'unknown'],
          ['unknown', 'yes'],
        ]),
        area('pm', 2),
        balanced,
      ).gaps,
    ).toEqual([
      'Whom to ask: 1 of 2 clients answer no, 1 unknown.',
      'Billing contact: 2 of 2 clients unknown.',
      'Budget and value: 1 of 2 clients unknown.',
    ]);
  });
  it('both when both are under 80% and within 15 points of each other', () => {
    const am = area('am', 2, [
      ['no', 'no'],
      ['no', 'no'],
      ['no', 'no'],
    ]); // 6/12 = 50%
    const pm = area('pm', 2, [
      ['no', 'yes'],
      ['no', 'yes'],
      ['no', 'yes'],
      ['no', 'yes'],
      ['no', 'yes'],
    ]); // 7/12 = 58%
    const result = recommend(am, pm, balanced);
    expect(result.focus).toBe('both');
    expect(result.headline).toBe('Both: account and project management');
    expect(result.gaps).toHaveLength(3);
    const apart = area('pm', 2, [
      ['no', 'yes'],
      ['no', 'yes'],
      ['no', 'yes'],
      ['no', 'yes'],
    ]); // 8/12 = 67%: 17 points
    expect(recommend(am, apart, balanced).focus).toBe('am');
  });
  it('covered at 80% on both sides; overload then says it is at production’s expense', () => {
    const am = area('am', 5, [
      ['no', 'no', 'no', 'no', 'no'],
      ['no', 'yes', 'yes', 'yes', 'yes'],
    ]); // 24/30 = 80%
    const pm = area('pm', 5, [
      ['no', 'no', 'no', 'no', 'no'],
      ['no', 'yes', 'yes', 'yes', 'yes'],
    ]);
    expect(am.coverage.share).toBe(0.8);
    const calm = recommend(am, pm, balanced);
    expect(calm.focus).toBe('covered');
    // the loose ends are still listed, biggest first
    expect(calm.gaps).toEqual([
      'Whom to ask: 5 of 5 clients answer no.',
      'Timeline on track: 5 of 5 active projects answer no.',
      'Billing contact: 1 of 5 clients answer no.',
    ]);
    const tired = recommend(am, pm, overloaded);
    expect(calm.workload).toBeNull();
    expect(tired.workload).toBe(
      'They are covered at production’s expense: Management took 50%. Handing some of it on would protect the craft work.',
    );
    const justUnder = area('am', 5, [
      ['no', 'no', 'no', 'no', 'no'],
      ['no', 'no', 'yes', 'yes', 'yes'],
    ]); // 23/30
    expect(recommend(justUnder, pm, balanced).focus).toBe('am');
  });
  it('an overloaded producer is told to hand the gap on, not add it to their week', () => {
    const result = recommend(area('am', 1), area('pm', 1, [['no'], ['no']]), overloaded);
    expect(result.focus).toBe('pm');
    expect(result.workload).toBe(
      'Management took 50%. So hand this on (train someone or hire) rather than adding it to your own week.',
    );
  });
  it('judges by the one area asked when the other has nothing, and says so when neither has', () => {
    expect(recommend(empty('am'), area('pm', 1), balanced).focus).toBe('covered');
    expect(recommend(area('am', 1, [['no'], ['no']]), empty('pm'), balanced).focus).toBe('am');
    expect(recommend(empty('am'), area('pm', 1, [['no'], ['no']]), balanced).focus).toBe('pm');
    expect(recommend(empty('am'), empty('pm'), balanced)).toMatchObject({ focus: 'nothing', headline: 'Nothing to check yet' });
  });
});
