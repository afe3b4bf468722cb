import { describe, expect, it } from 'vitest';
import { changeBalance, noDelivered } from '../../../../src/renderer/src/domain/health-check/pm-change-rules';
import type { ChangeRequestStatus } from '../../../../src/renderer/src/domain/model/project-parts';
import { CONTEXT, projectFacts } from './fixtures';

let sequence = 0;
function request(status: ChangeRequestStatus, decidedAt?: string, communicatedAt?: string) {
  sequence += 1;
  return { id: `r${sequence}`, title: `Request ${sequence}`, status, askedAt: '2025-05-01', decidedAt, communicatedAt };
}
const withRequests = (...requests: ReturnType<typeof request>[]) => projectFacts({ changeRequests: requests });

describe('yes and no to requests: decisions in the last 90 days', () => {
  it('yes with both an approval and a decline', () => {
    const result = changeBalance(withRequests(request('approved', '2026-03-01'), request('declined', '2026-03-10')), CONTEXT);
    expect(result.answer).toBe('yes');
    expect(result.evidence).toBe('1 approved, 1 declined in the last 90 days: both happen.');
    expect(result.link).toEqual({ screen: 'budgets', id: 'p1', label: 'budget view' });
  });
  it('no for three approvals and nothing declined (all yes), counting a decision exactly 90 days ago', () => {
    const result = changeBalance(
      withRequests(request('approved', '2025-12-18'), request('approved', '2026-02-01'), request('approved', '2026-03-01')),
      CONTEXT,
    );
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe('3 approved, 0 declined in the last 90 days: saying yes to every request.');
  });
  it('no for three declines (all no)', () => {
    const result = changeBalance(
      withRequests(request('declined', '2026-01-01'), request('declined', '2026-02-01'), request('declined', '2026-03-01')),
      CONTEXT,
    );
    expect(result.evidence).toBe('0 approved, 3 declined in the last 90 days: saying no to every request.');
  });
  it('unknown with fewer than three decisions, ignoring older decisions and open requests', () => {
    const result = changeBalance(
      withRequests(
        request('approved', '2025-12-17'),
        request('declined', '2025-12-01'),
        request('asked'),
        request('estimated'),
        request('approved', '2026-03-01'),
        request('approved', '2026-03-02'),
      ),
      CONTEXT,
    );
    expect(result.answer).toBe('unknown');
    expect(result.evidence).toBe('2 approved, 0 declined in the last 90 days: fewer than 3 decisions, too few to show a habit.');
  });
});

describe('who delivers the no: declined requests have a communicated day', () => {
  it('yes when every decline was communicated', () => {
    const result = noDelivered(
      withRequests(request('declined', '2026-01-05', '2026-01-06'), request('declined', '2026-03-01', '2026-03-02')),
      CONTEXT,
    );
    expect(result.answer).toBe('yes');
    expect(result.evidence).toBe('All 2 declined requests were communicated, the last on Mar 2, 2026.');
  });
  it('no when one decline was never communicated, whenever it was decided', () => {
    const result = noDelivered(
      withRequests(request('declined', '2025-06-05'), request('declined', '2026-03-01', '2026-03-02')),
      CONTEXT,
    );
    expect(result.answer).toBe('no');
    expect(result.evidence).toMatch(/^1 of 2 declined requests has no day it was communicated: “Request \d+”\.$/);
  });
  it('unknown when nothing was declined', () => {
    expect(noDelivered(withRequests(request('approved', '2026-03-01')), CONTEXT).answer).toBe('unknown');
  });
});
