// Minimal typings for the PouchDB side of the sync benchmark (the packages ship none).
declare module 'pouchdb' {
  interface PouchInfo {
    doc_count: number;
    update_seq: number | string;
  }
  interface ReplicationResult {
    docs_written: number;
    docs_read: number;
    ok: boolean;
  }
  interface PouchDatabase {
    bulkDocs(docs: unknown[]): Promise<unknown[]>;
    info(): Promise<PouchInfo>;
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
  interface PouchStatic {
    new (name: string, options?: Record<string, unknown>): PouchDatabase;
    defaults(options: Record<string, unknown>): PouchStatic;
    replicate(
      source: string | PouchDatabase,
      target: string | PouchDatabase,
      options?: Record<string, unknown>,
    ): Promise<ReplicationResult> & { on(event: string, cb: (info: unknown) => void): unknown };
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}

declare module 'express-pouchdb' {
  import type { Server } from 'node:http';
  interface ExpressPouchApp {
    listen(port: number, host: string, cb?: () => void): Server;
  }
  function expressPouchDB(pouch: unknown, options?: Record<string, unknown>): ExpressPouchApp;
  export default expressPouchDB;
}
