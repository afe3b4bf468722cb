import './browser-self';
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { afterEach, describe, expect, it } from 'vitest';
import { exportTableCounts, sameCounts } from '../../../../src/main/services/backups/export-counts';
import { exportBody } from './backup-bytes';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const encode = (text: string) => new TextEncoder().encode(text);

describe("a backup body's own table counts", () => {
  it('are read from what dexie-export-import itself writes', async () => {
    // The contract main relies on: exportDB (the renderer's exporter, export-database.ts) writes the
    // table list first, each rowCount counted with the rows, and the header's counts are that list.
    // A change there would make every new backup "damaged", so it is pinned against the library.
    const db = new Dexie(`tandem-export-counts-${Math.random().toString(36).slice(2)}`);
    opened.push(db);
    db.version(3).stores({ clients: 'id, name', timeEntries: 'id, [projectId+day]', settings: 'id' });
    await db.table('clients').bulkAdd([
      { id: 'a', name: 'Zoë ,"data":[ & Co' },
      { id: 'b', name: 'Globex' },
    ]);
    await db
      .table('timeEntries')
      .bulkAdd(Array.from({ length: 2500 }, (_, index) => ({ id: `e${index}`, projectId: 'p', day: '2026-03-20' })));
    const body = new Uint8Array(await (await exportDB(db, { numRowsPerChunk: 2000 })).arrayBuffer());
    expect(exportTableCounts(body.subarray(0, 64 * 1024))).toEqual({ clients: 2, timeEntries: 2500, settings: 0 });
    expect(exportTableCounts(body.subarray(0, 64 * 1024))).toEqual(exportTableCounts(body));
  });

  it('are read from the start alone, whatever the rows hold', () => {
    const body = exportBody({ clients: 3, timeEntries: 2 }, 'a note with ,"data":[ and "tables":[ in it');
    expect(exportTableCounts(body)).toEqual({ clients: 3, timeEntries: 2 });
    expect(exportTableCounts(body.subarray(0, body.indexOf('"rows"')))).toEqual({ clients: 3, timeEntries: 2 });
  });

  it('are null when the body is not an export or its table list is cut short or malformed', () => {
    expect(
      exportTableCounts(encode('{"formatName":"dexie","formatVersion":1,"data":{"tables":[{"name":"clients","rowCount":1}')),
    ).toBeNull();
    expect(exportTableCounts(encode('{"formatName":"other","data":{"tables":[],"data":[]}}'))).toBeNull();
    expect(
      exportTableCounts(encode('{"formatName":"dexie","data":{"tables":[{"name":"clients","rowCount":-1}],"data":[]}}')),
    ).toBeNull();
    expect(
      exportTableCounts(
        encode('{"formatName":"dexie","data":{"tables":[{"name":"a","rowCount":1},{"name":"a","rowCount":2}],"data":[]}}'),
      ),
    ).toBeNull();
    expect(exportTableCounts(encode('not json,"data":['))).toBeNull();
  });

  it('match only with the same tables and the same rows in each', () => {
    expect(sameCounts({ clients: 1, settings: 1 }, { settings: 1, clients: 1 })).toBe(true);
    expect(sameCounts({ clients: 1 }, { clients: 2 })).toBe(false);
    expect(sameCounts({ clients: 1 }, { clients: 1, settings: 0 })).toBe(false);
    expect(sameCounts({ clients: 1, settings: 0 }, { clients: 1, tasks: 0 })).toBe(false);
  });
});
