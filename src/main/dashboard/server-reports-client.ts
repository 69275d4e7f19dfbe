/**
 * The central server's report endpoints as the workstation calls them with the signed-in session:
 * the PDF (rendered on the server, where the PDF library lives) and the deliveries of the monthly mails.
 */
import type { Kysely } from 'kysely';
import { MesaError } from '../../shared/errors';
import type { TokenVault } from '../sync/token-vault';
import { readMeta } from '../store/queries';
import { SYNC_META } from '../sync/sync-meta-keys';
import type { Database } from '../store/schema';

export interface ServerAccess {
  vault: TokenVault;
  serverUrl: string;
  fetch?: typeof fetch;
}

export async function serverGet(db: Kysely<Database>, access: ServerAccess | null, pathAndQuery: string): Promise<Response> {
  const token = access ? await access.vault.load() : null;
  if (!access || !token) throw new MesaError('report.needs_server');
  const base = (await readMeta(db, SYNC_META.serverUrl)) ?? access.serverUrl;
  let res: Response;
  try {
    res = await (access.fetch ?? fetch)(new URL(pathAndQuery, base), {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(60_000),
    });
  } catch {
    throw new MesaError('report.needs_server');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { code?: string; params?: Record<string, string> } | null;
    if (body?.code?.startsWith('report.')) throw new MesaError(body.code as never, body.params ?? {});
    throw new MesaError('server.unavailable');
  }
  return res;
}
