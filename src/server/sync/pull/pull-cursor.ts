import { HttpError } from '../../http/http-error';

/**
 * The pull cursor, opaque to clients (they store and send back what they were given):
 *   "0"                         a fresh client: start a snapshot
 *   "<seq>"                     catching up from the change log after <seq>
 *   "s.<hw>.<table>.<lastPk>"   inside a snapshot taken at high-water mark <hw>, at table index
 *                               <table>, after primary key <lastPk> (base64url)
 */
export type PullCursor =
  { kind: 'log'; seq: number } | { kind: 'snapshot'; highWater: number; tableIndex: number; afterPk: string };

const SNAPSHOT = /^s\.(\d{1,15})\.(\d{1,2})\.([A-Za-z0-9_-]*)$/;
const LOG = /^\d{1,15}$/;

function invalid(cursor: string | number): HttpError {
  return new HttpError(400, 'sync.cursor_invalid', { cursor: String(cursor).slice(0, 100) });
}

export function parsePullCursor(cursor: string | number): PullCursor {
  if (typeof cursor === 'number') {
    if (!Number.isSafeInteger(cursor) || cursor < 0) throw invalid(cursor);
    return { kind: 'log', seq: cursor };
  }
  if (LOG.test(cursor)) return { kind: 'log', seq: Number(cursor) };
  const m = SNAPSHOT.exec(cursor);
  if (!m) throw invalid(cursor);
  return {
    kind: 'snapshot',
    highWater: Number(m[1]),
    tableIndex: Number(m[2]),
    afterPk: Buffer.from(m[3] ?? '', 'base64url').toString('utf8'),
  };
}

export function formatPullCursor(cursor: PullCursor): string {
  if (cursor.kind === 'log') return String(cursor.seq);
  return `s.${cursor.highWater}.${cursor.tableIndex}.${Buffer.from(cursor.afterPk, 'utf8').toString('base64url')}`;
}
