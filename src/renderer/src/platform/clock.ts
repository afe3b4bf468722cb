// The one place the renderer reads the machine's clock. The clock store ticks from it, and code that
// needs the moment of an action (a repository's write, a file name) calls it there; the domain never
// reads it: it is handed `now` or `today`.

export function readClock(): Date {
  return new Date();
}
