import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../db/db';
import { getSettings } from '../../db/queries/singletons';
import { compileGlossary, mergeGlossary } from '../../domain/updates/jargon';
import type { CompiledGlossary } from '../../domain/updates/jargon';

/** The built-in glossary with the user's terms from settings (settings saved before the glossary existed have none). */
export function useGlossary(): CompiledGlossary {
  const custom = useLiveQuery(async () => (await getSettings(db)).glossary ?? [], [], undefined);
  return useMemo(() => compileGlossary(mergeGlossary(custom ?? [])), [custom]);
}
