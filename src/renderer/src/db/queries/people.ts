import { OWNER_PERSON_ID, OWNER_PERSON_NAME } from '../../domain/model/person';
import type { TandemDb } from '../db';
import { readSettings } from '../repositories/lookups';
import { listTeammates } from './cost-rates';

/** Who this computer is used by, and the people it can be set to. */
export interface DevicePeople {
  devicePersonId: string;
  /** the owner first, then teammates in name order */
  people: { id: string; name: string }[];
}

export async function devicePeople(db: TandemDb): Promise<DevicePeople> {
  const [settings, teammates] = await Promise.all([readSettings(db), listTeammates(db)]);
  return {
    devicePersonId: settings.devicePersonId,
    people: [{ id: OWNER_PERSON_ID, name: OWNER_PERSON_NAME }, ...teammates.map((teammate) => ({ id: teammate.id, name: teammate.name }))],
  };
}
