import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CsvSummary } from '../../../../src/renderer/src/domain/csv/summary';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { CsvSummaryList } from '../../../../src/renderer/src/features/backups/csv-summary';
import { renderApp } from '../../../support/render-app';

// The preview says how rows at a clock change were read (the rule: docs/decisions.md, "Time edges").

const summary = (clockChanges: CsvSummary['clockChanges']): CsvSummary => ({
  entryCount: 3,
  totalMinutes: 90,
  billableMinutes: 90,
  firstDay: toDayKey('2027-03-28'),
  lastDay: toDayKey('2027-03-28'),
  amounts: [],
  clockChanges,
});

describe('CSV preview summary', () => {
  it('counts the starts in a skipped and in a repeated hour and says how they were read', () => {
    renderApp(
      <CsvSummaryList source="toggl" summary={summary({ skipped: 2, repeated: 1 })} alreadyImported={0} dateOrderOpen={false} />,
      { toaster: false },
    );
    expect(screen.getByText('Clock changes').nextElementSibling).toHaveTextContent(
      '2 entries start in an hour the clock skipped: read as the same time after the change (02:30 as 03:30), duration kept. ' +
        '1 entry starts in an hour the clock showed twice: read as the first time round.',
    );
  });

  it('says nothing about clock changes when no start fell in one', () => {
    renderApp(
      <CsvSummaryList source="toggl" summary={summary({ skipped: 0, repeated: 0 })} alreadyImported={0} dateOrderOpen={false} />,
      { toaster: false },
    );
    expect(screen.queryByText('Clock changes')).not.toBeInTheDocument();
  });
});
