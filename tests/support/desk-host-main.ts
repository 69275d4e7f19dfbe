/**
 * Child-process entry: the desktop's main-process services (store, SLA engine, sync client) on a
 * SQLite file, pointed at a server, driven over stdin/stdout JSON lines by a fault test that kills it
 * with SIGKILL. Usage: node --import tsx tests/support/desk-host-main.ts <db file> <server url>
 *
 * Commands: {id, cmd: 'login'|'apply'|'status'|'issues'|'sync'|'info'|'hold'|'close', …}.
 * `hold` controls pushes: 'none' (normal), 'before-send' (a push never leaves: the kill lands between
 * the local commit and the push), 'after-response' (the server applies the push, the answer is never
 * seen: the kill lands between the server's commit and the desk recording it).
 */
import { createInterface } from 'node:readline';
import { createMainServices } from '../../src/main/services/main-services';
import { createRecordingNotifier } from '../../src/main/services/notifier';
import { SYNC_META } from '../../src/main/sync/sync-meta-keys';
import { readMeta } from '../../src/main/store/queries/sync-meta';

const [databaseFile, serverUrl] = process.argv.slice(2);
if (!databaseFile || !serverUrl) throw new Error('usage: desk-host-main.ts <db file> <server url>');

type Hold = 'none' | 'before-send' | 'after-response';
let hold: Hold = 'none';
const realFetch = globalThis.fetch;
const never = new Promise<never>(() => undefined);
// The sync client captures the global fetch when it is created: patch it first.
globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const isPush = url.endsWith('/api/sync/push');
  if (isPush && hold === 'before-send') {
    send({ event: 'push-held', phase: 'before-send' });
    return never;
  }
  const response = await realFetch(input, init);
  if (isPush && hold === 'after-response') {
    send({ event: 'push-held', phase: 'after-response', status: response.status });
    return never;
  }
  return response;
}) as typeof fetch;

function send(message: unknown): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

const services = await createMainServices({
  databaseFile,
  notifier: createRecordingNotifier(),
  server: { url: serverUrl, live: false, pullLimit: 100 },
});
const sync = services.sync;
if (!sync) throw new Error('no sync service');

async function call(method: string, input: unknown): Promise<unknown> {
  const result = await services.registry.dispatch(method, input, { transport: 'test' });
  if (!result.ok) throw Object.assign(new Error(result.error.code), { mesa: result.error });
  return result.value;
}

async function handle(message: { id: number; cmd: string; [k: string]: unknown }): Promise<unknown> {
  switch (message.cmd) {
    case 'login':
      return call('sync.login', { email: message.email, password: message.password });
    case 'apply': {
      const value = (await call('mutation.apply', { name: message.name, args: message.args })) as { mutationId: number };
      const kinds = await services.store.db
        .selectFrom('ticket_events')
        .select('kind')
        .where('local_mutation_id', '=', value.mutationId)
        .execute();
      return { mutationId: value.mutationId, kinds: kinds.map((k) => k.kind) };
    }
    case 'status':
      return call('sync.status', {});
    case 'issues':
      return call('sync.listIssues', {});
    case 'sync':
      sync?.current.requestSync();
      await sync?.current.idle();
      return call('sync.status', {});
    case 'info':
      return { clientId: await readMeta(services.store.db, SYNC_META.clientId), pid: process.pid };
    case 'hold':
      hold = message.mode as Hold;
      return { hold };
    case 'close':
      await services.close();
      setImmediate(() => process.exit(0));
      return { closed: true };
    default:
      throw new Error(`unknown command ${message.cmd}`);
  }
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const message = JSON.parse(line) as { id: number; cmd: string };
  handle(message).then(
    (value) => send({ id: message.id, ok: true, value }),
    (error: unknown) =>
      send({ id: message.id, ok: false, error: (error as { mesa?: unknown }).mesa ?? String(error) }),
  );
});
send({ event: 'ready' });
