/** What a table cell or figure shows when there is no value: never an empty cell, never a zero that is not one. */
export const NONE = '—';
