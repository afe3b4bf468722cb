import type { PersonFilterState } from './use-person-filter';

/** "Mine / Everyone": whose work the screen shows; nothing when the agency is one person. */
export function PeopleToggle({ people }: { people: PersonFilterState }) {
  if (!people.offered) return null;
  return (
    <div className="segmented" role="group" aria-label="Whose work to show">
      <button
        type="button"
        className="segmented-option"
        aria-pressed={!people.everyone}
        onClick={() => people.setEveryone(false)}
      >
        Mine
      </button>
      <button type="button" className="segmented-option" aria-pressed={people.everyone} onClick={() => people.setEveryone(true)}>
        Everyone
      </button>
    </div>
  );
}
