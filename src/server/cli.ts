import { parseArgs } from 'node:util';
import { PASSWORD_MIN_LENGTH } from './auth/password';
import { runImportQueueLog } from './channels/phone/import-queue-log-command';
import { createUser, findUserByEmail } from './auth/user-accounts';
import { loadConfig, type ConfigFlags } from './config';
import { migrateServerDatabase } from './db/migrate';
import { openServerDatabase } from './db/open-database';
import { installSignalHandlers, startServer } from './main';
import { kpisCommand } from './reports/kpis-command';

const USAGE = `Usage: npm run server -- [command] [flags]

Commands:
  serve                    start the server (default)
  migrate                  apply pending migrations and exit
  create-admin --email E --password P
                           create an admin account
  import-queue-log FILE [--queue-map map.json]
                           import an Asterisk queue_log file (calls; refused lines listed)
  kpis --from YYYY-MM-DD --to YYYY-MM-DD [--org ID] [--agent ID] [--tz ZONE] [--json]
                           every KPI of the period (to inclusive) as JSON for scripts and BI tools

Flags (override the environment):
  --host H (HOST, default 127.0.0.1)   --port N (PORT, default 8787)
  --database-url URL (DATABASE_URL)    --data-dir DIR (MESA_DATA_DIR, default ./data)
  --log-level L (LOG_LEVEL)            --no-seed (MESA_SEED_DEMO=0)
`;

async function withDatabase<T>(
  flags: ConfigFlags,
  work: (db: ReturnType<typeof openServerDatabase>) => Promise<T>,
) {
  const database = openServerDatabase(loadConfig(process.env, flags));
  try {
    await migrateServerDatabase(database.db);
    return await work(database);
  } finally {
    await database.close();
  }
}

async function createAdmin(flags: ConfigFlags, email: string | undefined, password: string | undefined) {
  if (!email || !password) throw new Error('create-admin needs --email and --password');
  if (password.length < PASSWORD_MIN_LENGTH)
    throw new Error(`password must have at least ${PASSWORD_MIN_LENGTH} characters`);
  await withDatabase(flags, async ({ db }) => {
    if (await findUserByEmail(db, email)) throw new Error(`an account for ${email} already exists`);
    await createUser(db, { email, password, role: 'admin' });
  });
  console.log(`admin ${email} created`);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      'log-level': { type: 'string' },
      'no-seed': { type: 'boolean' },
      email: { type: 'string' },
      password: { type: 'string' },
      'queue-map': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      from: { type: 'string' },
      to: { type: 'string' },
      org: { type: 'string' },
      agent: { type: 'string' },
      tz: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const { email, password, help, 'queue-map': queueMap, from, to, org, agent, tz, json, ...flags } = values;
  const command = positionals[0] ?? 'serve';
  if (help) return void console.log(USAGE);
  switch (command) {
    case 'serve': {
      const server = await startServer(loadConfig(process.env, flags));
      installSignalHandlers(server);
      return;
    }
    case 'migrate': {
      const applied = await withDatabase(flags, async () => []);
      return void console.log(`database is current${applied.length ? '' : ''}`);
    }
    case 'create-admin':
      return createAdmin(flags, email, password);
    case 'import-queue-log': {
      const file = positionals[1];
      if (!file) throw new Error('import-queue-log needs a FILE');
      await withDatabase(flags, ({ db }) => runImportQueueLog(db, file, queueMap));
      return;
    }
    case 'kpis': {
      const out = await withDatabase(flags, ({ db }) => kpisCommand(db, { from, to, org, agent, tz, json }));
      process.stdout.write(out);
      return;
    }
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
