// Every stored record is keyed by a random UUID string (generated data uses seeded UUID-shaped ids).
export function newId(): string {
  return crypto.randomUUID();
}
