import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { devicePeople } from '../../db/queries/people';
import { OWNER_PERSON_ID, personOf } from '../../domain/model/person';
import type { PersonFilter } from '../../domain/model/person';
import { usePeopleStore } from '../../stores/people-store';

/** What a screen showing "Mine / Everyone" needs: the filter for its queries and the toggle's state. */
export interface PersonFilterState {
  /** false until this computer's person is read: queries wait, so Mine never flashes everyone's work */
  ready: boolean;
  /** this computer's person ("Mine"), or undefined for everyone */
  filter: PersonFilter;
  everyone: boolean;
  setEveryone: (everyone: boolean) => void;
  /** whether the toggle is offered: there is someone else (a teammate, or this computer is not the owner's) */
  offered: boolean;
  /**
   * While everyone's work shows among several people: the name of a record's person, so rows say whose
   * they are ('A former teammate' for someone since removed). Undefined when only one person's work shows.
   */
  nameOf: ((record: { personId?: string | undefined }) => string) | undefined;
}

/**
 * Time, Today, Planner and Switching show this computer's person's work by default, everyone's on
 * demand. An agency of one has nobody else: no toggle, and nothing is filtered (so entries of a
 * teammate since removed still show).
 */
export function usePersonFilter(): PersonFilterState {
  const people = useLiveQuery(() => devicePeople(db), [], undefined);
  const everyone = usePeopleStore((state) => state.everyone);
  const setEveryone = usePeopleStore((state) => state.setEveryone);
  const offered = people !== undefined && (people.people.length > 1 || people.devicePersonId !== OWNER_PERSON_ID);
  return {
    ready: people !== undefined,
    filter: people && offered && !everyone ? people.devicePersonId : undefined,
    everyone,
    setEveryone,
    offered,
    nameOf:
      people && offered && everyone
        ? (record) => people.people.find((person) => person.id === personOf(record))?.name ?? 'A former teammate'
        : undefined,
  };
}

/**
 * A live query of the filter's person's work (Today, Planner): nothing until this computer's person is
 * read, so Mine never flashes everyone's work; run again when the person or `deps` change.
 */
export function usePersonQuery<T>(
  people: PersonFilterState,
  query: (person: PersonFilter) => Promise<T>,
  deps: readonly unknown[],
): T | undefined {
  const { ready, filter } = people;
  // `query` is the caller's closure over `deps`, which stand for it here.
  return useLiveQuery(() => (ready ? query(filter) : undefined), [ready, filter, ...deps], undefined);
}
