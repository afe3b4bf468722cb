import { describe, expect, it } from 'vitest';
import { healthCheck } from '../../../../src/renderer/src/domain/health-check/health-check';
import type { HealthCheckInput } from '../../../../src/renderer/src/domain/health-check/health-check';
import { AM_QUESTIONS, PM_QUESTIONS } from '../../../../src/renderer/src/domain/health-check/questions';
import { TODAY, clientFacts, day, projectFacts, sentOn, task } from './fixtures';

function input(rest: Partial<HealthCheckInput> = {}): HealthCheckInput {
  return {
    today: TODAY,
    locale: 'en-US',
    settings: { workStartMinute: 540, workEndMinute: 1020, workWeekDays: 5 },
    clients: [],
    projects: [],
    blocks: [],
    teammateIds: new Set(),
    hatDays: [],
    ...rest,
  };
}

describe('the whole health check', () => {
  it('asks every question of every client and active project, in the checklists’ order, with coverage', () => {
    const report = healthCheck(
      input({
        clients: [
          clientFacts(
            { contacts: [{ name: 'Jane', primary: true, billing: true }], checkIns: [{ date: '2026-03-10', score: 4 }] },
            { sentAt: [sentOn('2026-03-13')] },
          ),
          clientFacts({ id: 'c2', name: 'Globex', owner: '' }),
        ],
        projects: [projectFacts({ milestones: [{ name: 'Launch', due: '2026-04-01' }] }, { openTasks: [task('a')] })],
        blocks: [{ day: day('2026-03-19'), startMinute: 540, endMinute: 660, kind: 'deep_work', projectId: 'p1' }],
        hatDays: [{ day: day('2026-03-10'), productionMinutes: 600, accountMinutes: 200, projectMinutes: 100 }],
      }),
    );
    expect(report.am.questions.map((question) => question.info.id)).toEqual(AM_QUESTIONS.map((question) => question.id));
    expect(report.pm.questions.map((question) => question.info.id)).toEqual(PM_QUESTIONS.map((question) => question.id));
    expect(report.am.subjects).toBe(2);
    expect(report.am.questions[0]!.answers.map((answer) => [answer.subjectName, answer.answer])).toEqual([
      ['Acme', 'yes'],
      ['Globex', 'no'],
    ]);
    // Acme: all but future work yes (5); Globex: budget/value no (no update), others no or unknown.
    expect(report.am.coverage).toMatchObject({ yes: 5, total: 12 });
    // Timeline, tasks, on budget, resources yes; change balance and no-delivered unknown.
    expect(report.pm.questions.map((question) => question.answers[0]!.answer)).toEqual([
      'yes',
      'yes',
      'yes',
      'yes',
      'unknown',
      'unknown',
    ]);
    expect(report.pm.coverage).toMatchObject({ yes: 4, no: 0, unknown: 2, total: 6, share: 4 / 6 });
    expect(report.hats.total).toBe(900);
    expect(report.overload.state).toBe('balanced');
    // AM 42% vs PM 67%: neither covered, 25 points apart
    expect(report.recommendation.focus).toBe('am');
  });

  it('with nothing to ask says so', () => {
    const report = healthCheck(input());
    expect(report.am.coverage.share).toBeNull();
    expect(report.recommendation.focus).toBe('nothing');
    expect(report.overload.state).toBe('unknown');
  });
});
