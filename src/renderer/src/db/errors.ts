// Errors repositories throw besides ValidationError (domain/validation.ts).

/**
 * The record to change is gone (deleted in another window, or a stale id). Not named
 * 'NotFoundError': Dexie re-wraps errors whose name matches an IndexedDB error name.
 */
export class RecordNotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`That ${what} no longer exists (${id})`);
    this.name = 'RecordNotFoundError';
  }
}

/** Loading sample data over existing data without `replace: true`. */
export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('The database already holds data; pass replace: true to clear it first');
    this.name = 'DatabaseNotEmptyError';
  }
}
