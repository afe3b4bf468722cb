/** The one way to turn anything thrown into the plain words a message shows. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
