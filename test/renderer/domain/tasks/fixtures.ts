import type { QuickAddContext } from '../../../../src/renderer/src/domain/tasks/quick-add';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';

// Hand-checked calendar: 2026-03-25 is a Wednesday, 2026-03-27 a Friday.
export const WEDNESDAY = toDayKey('2026-03-25');

/** Projects with codes and names that overlap on purpose, and teammates who share a prefix. */
export const context: QuickAddContext = {
  today: WEDNESDAY,
  projects: [
    { id: 'p-acme', code: 'ACME', name: 'Acme website' },
    { id: 'p-afw', code: 'AFW', name: 'Website relaunch', clientName: 'Alder & Finch' },
    { id: 'p-int', code: 'INT', name: 'Agency website' },
    { id: 'p-seo', code: 'BDS', name: 'SEO retainer' },
    { id: 'p-social', code: 'KLS', name: 'Social media retainer' },
    { id: 'p-design', code: 'DES', name: 'Design' },
    { id: 'p-system', code: 'HHI', name: 'Design system' },
  ],
  teammates: [
    { id: 't-sam', name: 'Sam Lee' },
    { id: 't-samira', name: 'Samira Khan' },
    { id: 't-ben', name: 'Ben Ortiz' },
  ],
};
