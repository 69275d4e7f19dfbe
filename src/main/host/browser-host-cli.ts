/**
 * `npm run dev:browser [-- --renderer dev|dist] [--db <file>] [--seed-tickets <n>] [--seed <n>]`
 *
 * Starts the browser test host and prints one JSON line on stdout:
 * `{"url": "...index.html?host=ws://127.0.0.1:PORT/bridge&token=...", "dashboardUrl": "...", "wsUrl": "..."}`.
 * Logs go to stderr. Ctrl+C (SIGINT) or SIGTERM closes the services cleanly.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserHost, type RendererMode } from './browser-host';

const USAGE =
  'usage: tsx src/main/host/browser-host-cli.ts [--renderer dev|dist] [--db <file>] [--seed-tickets <n>] [--seed <n>] [--rebuild] [--server <url> [--user <email> --password <pw>]]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function nonNegativeInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) fail(`--${name} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        renderer: { type: 'string', default: 'dev' },
        db: { type: 'string' },
        'seed-tickets': { type: 'string' },
        seed: { type: 'string' },
        rebuild: { type: 'boolean', default: false },
        server: { type: 'string' },
        user: { type: 'string' },
        password: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const renderer = values.renderer as RendererMode;
  if (renderer !== 'dev' && renderer !== 'dist')
    fail(`--renderer must be dev or dist, got "${values.renderer}"`);

  const host = await startBrowserHost({
    renderer,
    databaseFile: values.db ? path.resolve(values.db) : undefined,
    seedTickets: nonNegativeInt('seed-tickets', values['seed-tickets']),
    seed: nonNegativeInt('seed', values.seed),
    rebuildRenderer: values.rebuild,
    ...(values.server
      ? {
          server: {
            url: values.server,
            ...(values.user && values.password ? { login: { email: values.user, password: values.password } } : {}),
          },
        }
      : {}),
  });
  process.stdout.write(
    `${JSON.stringify({ url: host.url, dashboardUrl: host.dashboardUrl, wsUrl: host.wsUrl })}\n`,
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`[browser-host] ${signal}: closing\n`);
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`[browser-host] close failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[browser-host] failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
