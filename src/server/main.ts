import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { startEmailChannel } from './channels/email/email-channel';
import { loadEmailChannelConfig } from './channels/email/email-config';
import { phoneOptionsFromEnv } from './channels/phone/phone-options';
import { portalOptionsFromEnv } from './portal/portal-options';
import { reportsOptionsFromEnv } from './reports/reports-service';
import type { ServerConfig } from './config';
import { migrateServerDatabase } from './db/migrate';
import { openServerDatabase, type DatabaseHandle } from './db/open-database';
import { isDatabaseEmpty, seedDemoData } from './seed/seed-demo-data';

const SHUTDOWN_GRACE_MS = 30_000;

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  address: string;
  /** Stops accepting, lets in-flight requests (pushes) finish, closes sockets, then the database. */
  shutdown(): Promise<void>;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const database = openServerDatabase(config);
  try {
    await migrateServerDatabase(database.db);
    const { app, context } = await buildApp({
      database,
      logger: {
        level: config.logLevel,
        redact: ['req.headers.authorization', 'req.headers["sec-websocket-protocol"]'],
      },
      sessionTtlMs: config.sessionTtlMs,
      safetyNetMs: config.safetyNetMs,
      phone: await phoneOptionsFromEnv(process.env),
      portal: portalOptionsFromEnv(process.env, `http://${config.host}:${config.port}`),
      reports: reportsOptionsFromEnv(process.env),
    });
    if (config.seedDemo && (await isDatabaseEmpty(database.db))) await seedDemoData(database.db, app.log);
    // Mail is optional: configured by a JSON file named in MESA_MAIL_CONFIG (docs/channels.md).
    const mail = loadEmailChannelConfig(process.env);
    if (mail) await startEmailChannel(app, context, mail);
    const address = await app.listen({ host: config.host, port: config.port });
    let closing: Promise<void> | null = null;
    const shutdown = () =>
      (closing ??= (async () => {
        app.log.info('shutting down: draining in-flight requests');
        await app.close();
        await database.close();
      })());
    return { app, database, address, shutdown };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** SIGTERM/SIGINT trigger a graceful shutdown; a second signal or the grace period forces exit. */
export function installSignalHandlers(server: RunningServer): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    server.app.log.info({ signal }, 'signal received');
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    force.unref();
    server.shutdown().then(
      () => process.exit(0),
      (err: unknown) => {
        server.app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
