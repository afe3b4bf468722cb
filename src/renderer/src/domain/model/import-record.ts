import { z } from 'zod';
import { newId } from '../ids';
import { idSchema, instantField, requiredText } from './fields';

// Provenance of one CSV or backup import; imported time entries point back at it (source.importId).
export const IMPORT_SOURCES = ['toggl', 'harvest', 'clockify', 'tandem'] as const;

export const importRecordSchema = z.object({
  id: idSchema.default(() => newId()),
  source: z.enum(IMPORT_SOURCES, { error: 'Choose where the file comes from' }),
  fileName: requiredText('File name', 260),
  importedAt: instantField('Imported at'),
  rowCount: z.int().min(0),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;
export type ImportRecordInput = z.input<typeof importRecordSchema>;
