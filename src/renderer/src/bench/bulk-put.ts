import { db } from '../db/db';

// The floor that bulk writes are held against: rows put straight into their tables, one bulkPut per
// table in one transaction, with no validation, rollups or outbox.

export async function timeBulkPut(byTable: ReadonlyMap<string, readonly unknown[]>): Promise<{ ms: number; records: number }> {
  const tables = [...byTable.keys()].map((name) => db.table(name));
  let records = 0;
  const started = performance.now();
  await db.transaction('rw', tables, async () => {
    for (const [name, rows] of byTable) {
      await db.table(name).bulkPut(rows);
      records += rows.length;
    }
  });
  return { ms: performance.now() - started, records };
}
