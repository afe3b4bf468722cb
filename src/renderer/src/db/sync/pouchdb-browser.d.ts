// The part of PouchDB's API the replicator uses (pouchdb-browser ships no types, and the registry's
// @types/pouchdb describes the whole Node edition). Names and shapes follow PouchDB's API reference.
declare module 'pouchdb-browser' {
  namespace PouchDB {
    interface Meta {
      _id: string;
      _rev?: string;
      _deleted?: boolean;
      _conflicts?: string[];
      _revisions?: { start: number; ids: string[] };
    }
    type Doc = Meta & Record<string, unknown>;
    interface DatabaseOptions {
      fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
      auth?: { username: string; password: string };
      skip_setup?: boolean;
      adapter?: string;
    }
    interface PutResult {
      ok?: boolean;
      id: string;
      rev: string;
      error?: string | boolean;
      status?: number;
      message?: string;
    }
    interface ChangesOptions {
      since?: number | string;
      limit?: number;
      include_docs?: boolean;
      conflicts?: boolean;
      style?: 'main_only' | 'all_docs';
      live?: boolean;
      return_docs?: boolean;
      /** Over HTTP: documents per request (PouchDB asks in pages of 25 otherwise). */
      batch_size?: number;
    }
    interface ChangeRow {
      id: string;
      seq: number | string;
      changes: { rev: string }[];
      deleted?: boolean;
      doc?: Doc;
    }
    interface ChangesResponse {
      results: ChangeRow[];
      last_seq: number | string;
    }
    interface ChangesFeed {
      on(event: 'change', cb: (row: ChangeRow) => void): ChangesFeed;
      on(event: 'error', cb: (err: unknown) => void): ChangesFeed;
      cancel(): void;
    }
    interface ReplicationInfo {
      docs_read: number;
      docs_written: number;
      doc_write_failures: number;
      pending?: number;
      last_seq?: number | string;
    }
    interface ReplicationOptions {
      live?: boolean;
      retry?: boolean;
      batch_size?: number;
      back_off_function?: (delay: number) => number;
      /** Only these documents (a replication of its own, with its own checkpoint). */
      doc_ids?: string[];
      /** Start after this source sequence, and store it as the checkpoint first. */
      since?: number | string;
    }
    interface Replication extends PromiseLike<unknown> {
      on(event: 'change', cb: (info: ReplicationInfo) => void): Replication;
      on(event: 'paused', cb: (err?: unknown) => void): Replication;
      on(event: 'active', cb: () => void): Replication;
      on(event: 'denied' | 'error', cb: (err: unknown) => void): Replication;
      on(event: 'complete', cb: (info: unknown) => void): Replication;
      /** `checkpoint` is set once a batch is written to the target and its checkpoint stored on both sides. */
      on(event: 'checkpoint', cb: (info: { checkpoint?: number | string }) => void): Replication;
      cancel(): void;
    }
    interface Info {
      doc_count: number;
      /** CouchDB and PouchDB Server answer it; the local adapters do not. */
      doc_del_count?: number;
      update_seq: number | string;
    }
    interface AllDocsRow {
      id: string;
      key: string;
      value?: { rev: string; deleted?: boolean };
      error?: string;
      doc?: Doc | null;
    }
    interface Database {
      name: string;
      info(): Promise<Info>;
      get(id: string, options: { open_revs: 'all' | string[]; revs?: boolean }): Promise<{ ok?: Doc; missing?: string }[]>;
      get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<Doc>;
      put(doc: Doc): Promise<PutResult>;
      bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<PutResult[]>;
      allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean }): Promise<{ rows: AllDocsRow[] }>;
      changes(options: ChangesOptions & { live: true }): ChangesFeed;
      changes(options: ChangesOptions): Promise<ChangesResponse>;
      replicate: {
        to(remote: Database, options?: ReplicationOptions): Replication;
        from(remote: Database, options?: ReplicationOptions): Replication;
      };
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
  }
  interface PouchDBStatic {
    new (name: string, options?: PouchDB.DatabaseOptions): PouchDB.Database;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}
