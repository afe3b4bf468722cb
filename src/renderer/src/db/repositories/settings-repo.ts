import { validate } from '../../domain/validation';
import { SETTINGS_ID, settingsSchema } from '../../domain/model/settings';
import type { Settings, SettingsInput } from '../../domain/model/settings';
import type { TandemDb } from '../db';
import { readSettings } from './lookups';

// The settings singleton (id 'settings'). Reading never writes: absent settings are the defaults.
export function settingsRepo(db: TandemDb) {
  return {
    get(): Promise<Settings> {
      return readSettings(db);
    },

    /** Merges `patch` into the current settings, validates the whole record and saves it. */
    async update(patch: Partial<Omit<SettingsInput, 'id'>>): Promise<Settings> {
      return db.transaction('rw', db.settings, async () => {
        const current = await readSettings(db);
        const next = validate(settingsSchema, { ...current, ...patch, id: SETTINGS_ID });
        await db.settings.put(next);
        return next;
      });
    },
  };
}
