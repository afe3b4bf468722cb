import { describe, expect, it } from 'vitest';
import { loadSampleAgency } from '../../../src/renderer/src/db/generator/load';
import { DEVICE_LOCAL_SETTINGS, SYNCED_TABLES, docId, fromDoc, parseDocId, toDoc } from '../../../src/renderer/src/domain/sync/documents';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { freshDb } from './helpers';

describe('sync documents', () => {
  it('names a record "<table>:<id>", and the settings record "settings:agency"', () => {
    expect(docId('clients', 'c1')).toBe('clients:c1');
    expect(docId('settings', 'settings')).toBe('settings:agency');
    expect(parseDocId('timeEntries:e:1')).toEqual({ ok: true, value: { table: 'timeEntries', id: 'e:1' } });
    expect(parseDocId('settings:agency')).toEqual({ ok: true, value: { table: 'settings', id: 'settings' } });
    expect(parseDocId('timer:timer').ok).toBe(false);
    expect(parseDocId('projectTotals:p1').ok).toBe(false);
    expect(parseDocId('settings:theme').ok).toBe(false);
  });

  it('every record of every synced table comes back from its document unchanged (settings without the device-local fields)', { timeout: 60_000 }, async () => {
    const db = freshDb();
    await loadSampleAgency(db, { today: toDayKey('2026-03-18'), seed: 7 });
    for (const table of SYNCED_TABLES) {
      const records = (await db.table(table).toArray()) as Record<string, unknown>[];
      expect(records.length, table).toBeGreaterThan(0);
      for (const record of records) {
        const doc = JSON.parse(JSON.stringify(toDoc(table, record))) as unknown; // as it travels
        const back = fromDoc(doc);
        const expected = { ...record };
        if (table === 'settings') for (const field of DEVICE_LOCAL_SETTINGS) delete expected[field];
        expect(back, `${table} ${String(record.id)}`).toEqual({ ok: true, value: { kind: 'put', key: docId(table, String(record.id)), table, id: record.id, record: expected } });
      }
    }
  });

  it('a deletion document names the record to delete; the agency settings cannot be deleted', () => {
    expect(fromDoc({ _id: 'tasks:t1', _rev: '2-a', _deleted: true })).toEqual({ ok: true, value: { kind: 'delete', key: 'tasks:t1', table: 'tasks', id: 't1' } });
    expect(fromDoc({ _id: 'settings:agency', _deleted: true })).toEqual({ ok: false, error: 'The agency settings cannot be deleted' });
  });

  it('refuses malformed and hostile documents with a plain reason', () => {
    const client = { id: 'c1', name: 'Acme', currency: 'EUR', contacts: [] };
    const refused = [
      null,
      'clients:c1',
      [],
      { table: 'clients', record: client },
      { _id: 'timer:timer', table: 'timer', record: { id: 'timer' } },
      { _id: 'clients:c1', table: 'projects', record: client },
      { _id: 'clients:c1', table: 'clients', record: 'Acme' },
      { _id: 'clients:c2', table: 'clients', record: client },
      { _id: 'clients:c1', table: 'clients', record: { ...client, name: '' } },
      { _id: 'clients:c1', table: 'clients', record: { ...client, currency: 'EURO' } },
    ];
    for (const doc of refused) expect(fromDoc(doc).ok, JSON.stringify(doc)).toBe(false);
    expect(fromDoc({ _id: 'clients:c2', table: 'clients', record: client })).toEqual({ ok: false, error: 'The record in clients:c2 has another id' });
    // Unknown fields, __proto__ among them, are dropped as every repository write drops them.
    const hostile = JSON.parse(`{"_id":"clients:c1","table":"clients","record":{"id":"c1","name":"Acme","currency":"EUR","contacts":[],"__proto__":{"admin":true},"extra":1}}`) as unknown;
    const parsed = fromDoc(hostile);
    expect(parsed.ok && parsed.value.kind === 'put' ? Object.keys(parsed.value.record).sort() : null).not.toContain('extra');
    expect(parsed.ok && parsed.value.kind === 'put' ? (parsed.value.record as { admin?: unknown }).admin : 'none').toBeUndefined();
  });
});
