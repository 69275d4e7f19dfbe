import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { DEFAULT_PRIORITY_MATRIX, type PriorityMatrix } from '../shared/domain/priority';
import { MesaError } from '../shared/errors';
import type { AppContext } from './app-context';
import { registerAuthRoutes } from './auth/auth-routes';
import { LoginThrottle } from './auth/login-throttle';
import { PHONE_DISABLED, type PhoneChannelOptions } from './channels/phone/phone-options';
import { registerPhoneRoutes } from './channels/phone/phone-routes';
import { registerChat } from './channels/chat/register-chat';
import type { ChatLimits } from './channels/chat/chat-visitor-route';
import type { PortalOptions } from './portal/portal-options';
import { registerPortal } from './portal/register-portal';
import { DEFAULT_PASSWORD_COST, type PasswordHashingCost } from './auth/password';
import { migrationState } from './db/migrate';
import type { DatabaseHandle } from './db/open-database';
import { registerHealthRoutes } from './health-routes';
import { makeAuthenticate } from './http/authenticate';
import { handleError } from './http/error-handler';
import { ChangeFeed } from './sync/live/change-feed';
import { registerLiveRoute, LIVE_PROTOCOL } from './sync/live/live-route';
import { LiveSockets } from './sync/live/live-sockets';
import { PostgresChangeRelay } from './sync/live/postgres-change-relay';
import { registerPullRoute } from './sync/pull/pull-route';
import { registerPushRoute } from './sync/push/push-route';
import { registerTicketRoutes } from './tickets/ticket-routes';
import { DEFAULT_REPORTS_OPTIONS, startReports, type ReportsOptions, type ReportsService } from './reports/reports-service';

export interface AppOptions {
  /** KPI reports: desk time zone and the monthly scheduler (docs/kpis.md, Reports). */
  reports?: ReportsOptions;
  database: DatabaseHandle;
  logger?: FastifyServerOptions['logger'];
  now?: () => number;
  sessionTtlMs?: number;
  passwordCost?: PasswordHashingCost;
  priorityMatrix?: PriorityMatrix;
  /** Period of the max(seq) safety-net check behind LISTEN/NOTIFY (0 turns it off). */
  safetyNetMs?: number;
  loginThrottle?: { account: LoginThrottle; address: LoginThrottle };
  /** Phone channel: call-queue webhook secret and queue map (off unless given). */
  phone?: PhoneChannelOptions;
  /** Requester portal (API + built pages) and the chat channel; off unless given. */
  portal?: PortalOptions;
  chatLimits?: Partial<ChatLimits>;
}

export const DEFAULT_SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

function defaultThrottles(): { account: LoginThrottle; address: LoginThrottle } {
  return {
    account: new LoginThrottle({ freeFailures: 5, baseDelayMs: 1000, maxDelayMs: 15 * 60 * 1000 }),
    // Looser per address: a whole office may sit behind one NAT address.
    address: new LoginThrottle({ freeFailures: 30, baseDelayMs: 1000, maxDelayMs: 15 * 60 * 1000 }),
  };
}

/**
 * Builds the HTTP + WebSocket server over an open, migrated database. It refuses a database whose
 * schema is not exactly this build's (pending or unknown migrations): run `migrate` first.
 */
export async function buildApp(
  options: AppOptions,
): Promise<{ app: FastifyInstance; context: AppContext; reports: ReportsService }> {
  const { database } = options;
  const state = await migrationState(database.db);
  if (state.unknown.length > 0)
    throw new MesaError('store.unknown_migrations', { names: state.unknown.join(', ') });
  if (state.pending.length > 0)
    throw new Error(`database has pending migrations: ${state.pending.join(', ')}`);

  const app = Fastify({
    logger: options.logger ?? false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  const now = options.now ?? Date.now;
  const relay = database.postgresUrl
    ? new PostgresChangeRelay(database.postgresUrl, database.db, app.log)
    : null;
  const feed = new ChangeFeed(database.db, app.log, relay, options.safetyNetMs ?? 5000);
  const context: AppContext = {
    database,
    now,
    feed,
    loginThrottle: options.loginThrottle ?? defaultThrottles(),
    liveSockets: new LiveSockets(),
    sessionTtlMs: options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
    passwordCost: options.passwordCost ?? DEFAULT_PASSWORD_COST,
    priorityMatrix: options.priorityMatrix ?? DEFAULT_PRIORITY_MATRIX,
    authenticate: makeAuthenticate(database.db, now),
  };

  app.decorateRequest('mesaUser', null);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ code: 'http.not_found', params: {}, fieldErrors: [] }),
  );
  await app.register(websocket, {
    options: {
      maxPayload: 4096,
      handleProtocols: (protocols: Set<string>) => (protocols.has(LIVE_PROTOCOL) ? LIVE_PROTOCOL : false),
    },
  });
  registerHealthRoutes(app, context);
  registerAuthRoutes(app, context);
  registerPushRoute(app, context);
  registerPullRoute(app, context);
  registerLiveRoute(app, context);
  registerTicketRoutes(app, context);
  registerPhoneRoutes(app, context, options.phone ?? PHONE_DISABLED);
  if (options.portal) {
    await registerPortal(app, context, options.portal);
    registerChat(app, context, options.chatLimits);
  }
  const reports = startReports(app, context, options.reports ?? DEFAULT_REPORTS_OPTIONS);

  // Shutdown: sockets go first (they would hold close() open), then the feed; the caller closes the DB.
  app.addHook('preClose', async () => context.liveSockets.closeAll());
  app.addHook('onClose', async () => feed.stop());
  await feed.start();
  return { app, context, reports };
}
