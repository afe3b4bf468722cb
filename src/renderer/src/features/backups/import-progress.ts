import type { CsvImportPhase, CsvImportProgress } from '../../db/backup/csv-commit';

// The CSV import's progress bar: the safety backup, then the commit's phases.

/** A commit's progress as the dialog shows it: the safety backup first, then the commit's phases. */
export type ImportStep = Omit<CsvImportProgress, 'phase'> & { phase: CsvImportPhase | 'safety' };

const PHASES = ['safety', 'checking', 'creating', 'writing', 'totals'] as const satisfies readonly ImportStep['phase'][];

const PHASE_LABELS: Record<ImportStep['phase'], string> = {
  safety: 'Backing up your current data first…',
  checking: 'Checking for entries imported before…',
  creating: 'Creating clients and projects…',
  writing: 'Writing the entries…',
  totals: 'Updating totals and switching figures…',
};

/** The bar's label and how far along it is (0–1): each phase an equal share, writing by entries written. */
export function importProgress({ phase, done, total }: ImportStep): { label: string; value: number } {
  const share = done !== undefined && total ? done / total : 0;
  const counted = done !== undefined && total ? ` ${done.toLocaleString()} of ${total.toLocaleString()}` : '';
  return { label: `${PHASE_LABELS[phase]}${counted}`, value: (PHASES.indexOf(phase) + share) / PHASES.length };
}
