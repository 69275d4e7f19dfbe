import type { preHandlerAsyncHookHandler } from 'fastify';
import type { PriorityMatrix } from '../shared/domain/priority';
import type { PasswordHashingCost } from './auth/password';
import type { LoginThrottle } from './auth/login-throttle';
import type { DatabaseHandle } from './db/open-database';
import type { ChangeFeed } from './sync/live/change-feed';
import type { LiveSockets } from './sync/live/live-sockets';

/** What route modules need, built once by the app: no module reaches for globals. */
export interface AppContext {
  database: DatabaseHandle;
  now: () => number;
  feed: ChangeFeed;
  loginThrottle: { account: LoginThrottle; address: LoginThrottle };
  liveSockets: LiveSockets;
  sessionTtlMs: number;
  passwordCost: PasswordHashingCost;
  priorityMatrix: PriorityMatrix;
  authenticate: preHandlerAsyncHookHandler;
}
